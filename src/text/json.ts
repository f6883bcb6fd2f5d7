// One way to read text that may not be JSON (a file from the repository or from git): what does not parse
// counts as no value, and the caller decides what an absent value means. A leading byte-order mark, which
// editors on Windows add, is no reason to call a file unreadable.

export function parseJsonOrUndefined(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return undefined
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  } catch {
    return undefined
  }
}
