// One way to read text that may not be JSON (a file from the repository or from git): what does not parse counts
// as no value, for the caller to judge. A byte-order mark, which Windows editors add, does not make a file unreadable.

export function parseJsonOrUndefined(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return undefined
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  } catch {
    return undefined
  }
}
