// Orders by UTF-16 code units, never by locale: files, manifests and tables come out the same on every runner.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
