// rrule, the RFC 5545 recurrence library, as one import that works everywhere this code runs. Its package
// offers an ES module to bundlers and vitest but a UMD file to Node itself, whose named exports Node cannot see:
// there the class sits on the default export (the CommonJS `module.exports`) instead.
import * as rruleModule from 'rrule'

type RRuleModule = typeof rruleModule
const fallback = (rruleModule as unknown as { default?: RRuleModule }).default

export const RRule: RRuleModule['RRule'] = rruleModule.RRule ?? fallback!.RRule
export type RRule = rruleModule.RRule
export type { Options, Weekday } from 'rrule'
