// A representative run for docs/summary-example.*: an org of a dozen flows with a call cycle, a call
// to a deleted flow, defects inside flows, one export that failed, and a pushed commit. Invented names.
import type { FlowCall, FlowOutcome, Finding, RunResult } from '../src/model.js'

const id = (n: number) => `5f0c${String(n).padStart(4, '0')}-7a1e-4c2b-9d3e-0a1b2c3d4e5f`
const FLOWS: [number, string, string][] = [
  [1, 'Main IVR', 'inboundcall'],
  [2, 'Billing & Payments', 'inboundcall'],
  [3, 'Technical Support', 'inboundcall'],
  [4, 'Kundenservice Österreich', 'inboundcall'],
  [5, 'Authenticate Caller', 'commonmodule'],
  [6, 'Business Hours Check', 'commonmodule'],
  [7, 'Callback Offer', 'commonmodule'],
  [8, 'Queue Music "Premium"', 'inqueuecall'],
  [9, 'Standard Queue', 'inqueuecall'],
  [10, 'Web Chat Entry', 'inboundchat'],
  [11, 'SMS Notifications', 'inboundshortmessage'],
  [12, 'Post-Call Survey', 'workflow'],
]
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
const fileOf = (n: number) => {
  const [, name, type] = FLOWS.find(([k]) => k === n)!
  return `genesys-flows/${type}/${slug(name)}--${id(n)}.json`
}
const nameOf = (n: number) => FLOWS.find(([k]) => k === n)![1]

const flows: FlowOutcome[] = FLOWS.map(([n, name, type]) =>
  n === 11
    ? { id: id(n), name, type, version: '', path: '', status: 'failed', error: 'Export job failed: Genesys answered 500 three times; run again, or exclude the flow with flow-names.' }
    : { id: id(n), name, type, version: `${n}.0`, path: fileOf(n), status: 'exported', error: '' },
)

const deleted = '0dead000-0000-4000-8000-00000000beef'
const calls: FlowCall[] = [
  [1, 5], [1, 6], [1, 2], [1, 3], [1, 4], [2, 5], [2, 7], [3, 5], [3, 7], [4, 6], [7, 3], [3, 2], [2, 3], [10, 6],
].map(([from, to]) => ({ from: id(from!), to: id(to!), actionType: 'CallCommonModuleAction', resolved: true }))
calls.push({ from: id(9), to: deleted, actionType: 'TransferToFlowAction', resolved: false })

const finding = (n: number, f: Omit<Finding, 'flowId' | 'flowName' | 'file'>): Finding => ({ flowId: id(n), flowName: nameOf(n), file: fileOf(n), ...f })
const findings: Finding[] = [
  finding(2, { rule: 'flow-cycle', severity: 'error', line: 311, nodeId: 'a7c1', message: 'Flows call each other in a cycle: Billing & Payments → Technical Support → Billing & Payments.', path: [id(2), id(3), id(2)] }),
  finding(9, { rule: 'missing-flow', severity: 'error', line: 88, nodeId: 'b210', message: `Transfer to flow ${deleted}, which is neither exported nor in the repository.` }),
  finding(1, { rule: 'deleted-resource', severity: 'error', line: 1187, nodeId: 'a9d4', message: 'Queue "Billing Tier 2" (7e21…) was deleted in the org, but action "Transfer to Billing" (a9d4) uses it; the flow still shows as published and fails there at run time. Point the action at an existing queue in Architect and publish the flow again.' }),
  finding(3, { rule: 'broken-reference', severity: 'error', line: 142, nodeId: 'c3f9', message: 'The "No match" output of menu "Router <v2>" points to task 4e1d, which does not exist.' }),
  finding(4, { rule: 'duplicate-id', severity: 'error', line: 57, nodeId: 'd001', message: 'Two choices of menu "Hauptmenü" share the id d001.' }),
  finding(1, { rule: 'unreachable-node', severity: 'warning', line: 903, nodeId: 'e5a2', message: 'No path from the start reaches task "Old holiday message".' }),
  finding(8, { rule: 'dead-end', severity: 'warning', line: 64, nodeId: 'f0b3', message: 'Task "Play hold music" ends without an ending action.' }),
]

export const exampleRun: RunResult = {
  mode: 'snapshot',
  status: 'partial',
  startedAt: '2026-11-24T06:00:03.120Z',
  finishedAt: '2026-11-24T06:01:41.870Z',
  flows,
  validation: { findings, calls, references: { checked: 1284, valid: 1281 }, integrityRate: 1281 / 1284 },
  stats: { requests: 64, retries: 4, throttled: 3, bytes: 2_412_877 },
  resources: {
    outcome: 'checked',
    buildStatus: 'OPERATIONAL',
    incomplete: false,
    problems: [{ flowId: id(1), resourceId: '7e21', resourceName: 'Billing Tier 2', resourceType: 'QUEUE', state: 'deleted' }],
    requests: 3,
    note: '',
  },
  git: {
    changed: true,
    commitSha: '3e5b9a1c0d7f2e4b6a8c9d0e1f2a3b4c5d6e7f80',
    filesChanged: [fileOf(2), fileOf(3), fileOf(4), 'genesys-flows/manifest.json'],
    pushed: true,
    notes: [],
  },
}

export const exampleContext = {
  repository: 'acme-contact-center/genesys-flows',
  serverUrl: 'https://github.com',
  sha: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
  failOn: 'error' as const,
}
