// A README section generated from code, between two HTML comment markers, so a test can check it is current.

export interface GeneratedSection {
  readonly start: string
  readonly end: string
}

/** A Markdown table cell: pipes escaped, on one line. */
export const tableCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim()

/** The README with the text between the markers replaced; without them, an error naming the section and where they go. */
export function withSection(readme: string, section: GeneratedSection, body: string, name: string, where?: string): string {
  const start = readme.indexOf(section.start)
  const end = readme.indexOf(section.end)
  if (start < 0 || end < start) throw new Error(`README.md has no ${name} markers${where ? `: add them ${where}` : ''}.`)
  return `${readme.slice(0, start)}${section.start}\n${body}\n${section.end}${readme.slice(end + section.end.length)}`
}
