// Limits the outside world puts on a value that otherwise looks right: names the file system cannot
// create, hosts DNS cannot resolve. Checked with the inputs, so the run stops before any request
// instead of failing halfway with ENAMETOOLONG or a resolver error.

/**
 * ext4 and APFS allow 255 bytes (UTF-8) in one file or folder name, NTFS 255 UTF-16 units; a name
 * within the byte limit is within the other, since no character takes more units than bytes.
 */
export const MAX_NAME_BYTES = 255
/** RFC 1035: 253 characters in a host name written without its final dot, 63 in one label. */
export const MAX_HOST_LENGTH = 253
export const MAX_LABEL_LENGTH = 63

/** The first folder name of a `/`-separated path that is too long for a file system, with its size in bytes. */
export function overlongName(relativePath: string): { name: string; bytes: number } | undefined {
  for (const name of relativePath.split('/')) {
    const bytes = Buffer.byteLength(name, 'utf8')
    if (bytes > MAX_NAME_BYTES) return { name, bytes }
  }
  return undefined
}

// After WHATWG URL parsing a host is lower case and ASCII (international names in punycode) and an
// IPv4 address is in dotted decimal; only these characters can make up a resolvable name. The
// underscore is not in RFC 1123, but container names carry it and resolvers accept it.
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

/**
 * Why `hostname` (as `URL.hostname` gives it) is not a host name DNS can resolve, as a phrase; undefined
 * when it is one, or an IP address (IPv6 in brackets), or `localhost`.
 */
export function hostNameProblem(hostname: string): string | undefined {
  if (hostname.startsWith('[') || IPV4.test(hostname)) return undefined
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname
  if (name.length > MAX_HOST_LENGTH) return `it is ${name.length} characters long, and a host name has at most ${MAX_HOST_LENGTH}`
  for (const label of name.split('.')) {
    if (label === '') return 'it has an empty part between dots'
    if (label.length > MAX_LABEL_LENGTH) return `its part of ${label.length} characters is longer than the ${MAX_LABEL_LENGTH} a part between dots may have`
    if (!LABEL.test(label)) return 'a part between dots has a character other than letters, digits, - and _, or starts or ends with -'
  }
  return undefined
}
