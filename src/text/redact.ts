// Git, the GitHub API and HTTP errors may echo credentials (a token inside a remote URL, an auth header,
// the signature of a pre-signed download URL, which lets anyone download until it expires); every text
// that can reach a log, an error, an output or the report goes through here first.

const known = new Set<string>()

/** Registers a secret (e.g. the GitHub token) so that it is cut from every message. */
export function addSecret(secret: string): void {
  if (secret.length >= 4) known.add(secret)
}

/** `secrets`: values known only to this caller (a webhook's URL and secret), cut as the registered ones are. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@')
    .replace(/(\bhttps?:\/\/[^\s?#'"]+)\?[^\s#'"]+/gi, '$1?***')
    .replace(/(authorization:\s*(basic|bearer|token)\s+)[^\s'"]+/gi, '$1***')
    .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***')
  for (const secret of [...known, ...secrets]) if (secret !== undefined && secret.length >= 4) out = out.split(secret).join('***')
  return out
}
