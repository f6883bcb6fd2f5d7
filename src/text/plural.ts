/** `1 flow`, `3 flows`: the one way every message counts things. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
