// The first-run check's plain values: one line a check, green, red, or not checked because a check it
// needs failed. The table a person reads is built from these (run-check.ts).

export type CheckState = 'pass' | 'fail' | 'not-checked'

export interface CheckLine {
  readonly name: string
  readonly state: CheckState
  /** Green: what was found. Red: what is missing and the fix. Not checked: which check it needs. */
  readonly detail: string
}

export const pass = (name: string, detail: string): CheckLine => ({ name, state: 'pass', detail })

export const fail = (name: string, detail: string): CheckLine => ({ name, state: 'fail', detail })

export const notChecked = (name: string, needs: string): CheckLine =>
  ({ name, state: 'not-checked', detail: `not checked: needs ${needs}` })
