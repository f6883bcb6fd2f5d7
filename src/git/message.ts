// The commit message template of the contract: `{changed}`, `{exported}` and `{date}` are filled in.

type MessageValues = { changed: number; exported: number; date: string }

/**
 * Replaces every placeholder: `changed`, the flow files the commit changes (manifest.json not counted);
 * `exported`, the flows exported this run; `date`, `YYYY-MM-DD` in UTC. Unknown `{words}` are left as they
 * are so a typo shows in the log.
 */
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
