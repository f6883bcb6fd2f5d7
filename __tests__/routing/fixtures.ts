// A small org's call routing, as committed files, for the routing tests: one main line on weekday hours in
// New York with a yearly Christmas holiday, a support line without a schedule group, and a storm group (off).
import { canonicalJson } from '../../src/snapshot/canonical.js'
import type { RoutingFile, RoutingKind } from '../../src/routing/types.js'

export const OPEN_FLOW = { id: 'flow-open', name: 'Main IVR' }
export const CLOSED_FLOW = { id: 'flow-closed', name: 'After hours' }
export const HOLIDAY_FLOW = { id: 'flow-holiday', name: 'Holiday message' }
export const STORM_FLOW = { id: 'flow-storm', name: 'Storm closure' }
export const SUPPORT_FLOW = { id: 'flow-support', name: 'Support IVR' }

export function mainRoute(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'r-main',
    name: 'Main line',
    dnis: ['+13175550100', '+13175550101'],
    openHoursFlow: OPEN_FLOW,
    closedHoursFlow: CLOSED_FLOW,
    holidayHoursFlow: HOLIDAY_FLOW,
    scheduleGroup: { id: 'g-main', name: 'Main hours' },
    state: 'active',
    version: 3,
    ...overrides,
  }
}

export function supportRoute(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'r-support', name: 'Support line', dnis: ['+13175550200'], openHoursFlow: SUPPORT_FLOW, ...overrides }
}

export function mainGroup(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'g-main',
    name: 'Main hours',
    timeZone: 'America/New_York',
    openSchedules: [{ id: 's-weekdays', name: 'Weekdays' }],
    closedSchedules: [],
    holidaySchedules: [{ id: 's-christmas', name: 'Christmas' }],
    ...overrides,
  }
}

export function weekdays(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 's-weekdays',
    name: 'Weekdays',
    start: '2025-01-06T08:00:00.000',
    end: '2025-01-06T17:00:00.000',
    rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR',
    ...overrides,
  }
}

export function christmas(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 's-christmas', name: 'Christmas', start: '2024-12-25T00:00:00.000', end: '2024-12-26T00:00:00.000', rrule: 'FREQ=YEARLY;INTERVAL=1', ...overrides }
}

export function stormGroup(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'e-storm', name: 'Storm', enabled: false, emergencyCallFlows: [{ emergencyFlow: STORM_FLOW, ivrs: [{ id: 'r-main', name: 'Main line' }] }], ...overrides }
}

export function routingFile(kind: RoutingKind, object: Record<string, unknown>): RoutingFile {
  const id = String(object['id'])
  const name = String(object['name'])
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return { kind, id, name, path: `genesys-flows/routing/${kind}/${slug}--${id}.json`, text: canonicalJson(object), object }
}

/** The whole org's files; pass a replacement object (same kind and id) or an extra one to change it. */
export function orgFiles(...changes: [RoutingKind, Record<string, unknown>][]): RoutingFile[] {
  const files = [
    routingFile('call-routes', mainRoute()),
    routingFile('call-routes', supportRoute()),
    routingFile('schedule-groups', mainGroup()),
    routingFile('schedules', weekdays()),
    routingFile('schedules', christmas()),
    routingFile('emergency-groups', stormGroup()),
  ]
  for (const [kind, object] of changes) {
    const replacement = routingFile(kind, object)
    const at = files.findIndex((file) => file.kind === kind && file.id === replacement.id)
    if (at === -1) files.push(replacement)
    else files[at] = replacement
  }
  return files
}

/** Removes the object of that kind and id. */
export function without(files: RoutingFile[], kind: RoutingKind, id: string): RoutingFile[] {
  return files.filter((file) => !(file.kind === kind && file.id === id))
}

/** The line (1-based) of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1
}
