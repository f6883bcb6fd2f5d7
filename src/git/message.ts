// The commit message template of the contract: `{changed}`, `{exported}` and `{date}` are filled in.

export interface MessageValues {
  /** Flow files changed by the commit (manifest.json not counted). */
  readonly changed: number
  /** Flows exported this run. */
  readonly exported: number
  /** The run's date, `YYYY-MM-DD` in UTC. */
  readonly date: string
}

/** Replaces every placeholder; unknown `{words}` are left as they are so a typo shows in the log. */
export function fillCommitMessage(template: string, values: MessageValues): string {
  return template
    .replaceAll('{changed}', String(values.changed))
    .replaceAll('{exported}', String(values.exported))
    .replaceAll('{date}', values.date)
}

/** `YYYY-MM-DD` of `now` in UTC: no time of day, so reruns on one day read the same. */
export function utcDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** The filled-in template, then a blank line and `body` (the review of what changed) when there is one. */
export function withBody(subject: string, body: string | undefined): string {
  return body ? `${subject.trimEnd()}\n\n${body}` : subject
}
