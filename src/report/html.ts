// HTML pieces for the job summary. `core.summary` does not escape anything, and the summary is
// Markdown in which an HTML block ends at the first blank line, so every cell is escaped and kept on
// one line.

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!)
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escaped, with line breaks shown as `<br>` so the cell (and the HTML block) stays on one line. */
export function cell(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>')
}

export function link(text: string, href: string): string {
  return `<a href="${escapeHtml(href)}">${cell(text)}</a>`
}

export function code(text: string): string {
  return `<code>${cell(text)}</code>`
}

/**
 * A table that stops adding rows before it passes `budgetBytes`, then says how many rows it left
 * out and where to find them. The cells of `rows` are already HTML (built with `cell`, `link`, `code`).
 */
export function boundedTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  budgetBytes: number,
  cutNote: (left: number) => string,
): string {
  const head = `<table>\n<thead><tr>${headers.map((h) => `<th>${cell(h)}</th>`).join('')}</tr></thead>\n<tbody>\n`
  const tail = '</tbody>\n</table>\n'
  const noteReserve = 400
  let used = Buffer.byteLength(head) + Buffer.byteLength(tail) + noteReserve
  const kept: string[] = []
  for (const row of rows) {
    const line = `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>\n`
    const size = Buffer.byteLength(line)
    if (used + size > budgetBytes) break
    kept.push(line)
    used += size
  }
  const left = rows.length - kept.length
  const note = left > 0 ? `\n<p><em>${cell(cutNote(left))}</em></p>\n` : ''
  return head + kept.join('') + tail + note
}

/** A GitHub URL path segment by segment, so names with spaces or `#` still link. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  const seconds = ms / 1000
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
}
