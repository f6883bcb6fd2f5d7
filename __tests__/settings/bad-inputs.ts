// The catalogue of bad inputs: every input of the contract, empty where that is wrong, malformed, out of
// range, of the wrong type or hostile. Shared by the settings test (fast, in process) and the end-to-end
// test that runs the built Action on each and checks that no request was made.
export interface BadInput {
  readonly title: string
  /** The input named in the message. */
  readonly input: string
  /** INPUT_* variables (by input name) added to a valid snapshot configuration; undefined removes one. */
  readonly inputs: Record<string, string | undefined>
  /** A fragment the message must contain, besides the input's name. */
  readonly says?: string
}

export const BAD_INPUTS: readonly BadInput[] = [
  { title: 'no client-id', input: 'client-id', inputs: { 'client-id': undefined }, says: 'required' },
  { title: 'no client-secret', input: 'client-secret', inputs: { 'client-secret': undefined }, says: 'required' },
  { title: 'client-id with a new line', input: 'client-id', inputs: { 'client-id': 'abc\ndef' } },
  { title: 'unknown mode', input: 'mode', inputs: { mode: 'backup' }, says: 'snapshot, export, validate or check' },
  { title: 'mode of 500 characters, shown cut with its length', input: 'mode', inputs: { mode: 'x'.repeat(500) }, says: '… (500 characters)' },
  { title: 'unknown region', input: 'region', inputs: { region: 'us-wst-2' }, says: 'usw2.pure.cloud' },
  { title: 'region that is a URL of another host', input: 'region', inputs: { region: 'https://evil.example.com' } },
  { title: 'unknown region next to an api-url', input: 'region', inputs: { region: 'mars-1', 'api-url': 'https://api.mypurecloud.com' } },
  { title: 'api-url with the file scheme', input: 'api-url', inputs: { 'api-url': 'file:///etc/passwd' }, says: 'file scheme' },
  { title: 'api-url that is not a URL', input: 'api-url', inputs: { 'api-url': 'api.mypurecloud.com' } },
  { title: 'api-url with credentials', input: 'api-url', inputs: { 'api-url': 'https://user:pw@api.mypurecloud.com' } },
  { title: 'api-url with a control character', input: 'api-url', inputs: { 'api-url': 'https://api.mypurecloud.com/\u0007' } },
  { title: 'api-url with a host of 254 characters', input: 'api-url', inputs: { 'api-url': `https://${`${'a'.repeat(62)}.`.repeat(4)}co` }, says: 'not a valid host name' },
  { title: 'api-url with a host part of 64 characters', input: 'api-url', inputs: { 'api-url': `https://${'a'.repeat(64)}.mypurecloud.com` }, says: '64 characters' },
  { title: 'api-url with an empty host part', input: 'api-url', inputs: { 'api-url': 'https://api..mypurecloud.com' }, says: 'not a valid host name' },
  { title: 'login-url with a host part of 64 characters', input: 'login-url', inputs: { 'login-url': `https://${'b'.repeat(64)}.example.com` }, says: 'not a valid host name' },
  { title: 'login-url with a host starting with -', input: 'login-url', inputs: { 'login-url': 'https://-login.mypurecloud.com' } },
  { title: 'login-url with a * in its host', input: 'login-url', inputs: { 'login-url': 'https://login*.mypurecloud.com' } },
  { title: 'login-url with the javascript scheme', input: 'login-url', inputs: { 'login-url': 'javascript:alert(1)' } },
  { title: 'login-url with a space', input: 'login-url', inputs: { 'login-url': 'https://login. mypurecloud.com' } },
  { title: 'flow-ids with a path', input: 'flow-ids', inputs: { 'flow-ids': '../../etc/passwd' }, says: 'UUID' },
  { title: 'flow-ids with a name instead of an id', input: 'flow-ids', inputs: { 'flow-ids': 'Main IVR' } },
  { title: 'flow-ids with a short id', input: 'flow-ids', inputs: { 'flow-ids': '0f3c2a9e-1b2c-4d5e-8f90' } },
  { title: 'flow-ids with a NUL', input: 'flow-ids', inputs: { 'flow-ids': '0f3c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6\u0000' } },
  { title: 'no flow-ids and no flow-types', input: 'flow-ids', inputs: { 'flow-ids': undefined }, says: 'flow-types' },
  { title: 'unknown flow type', input: 'flow-types', inputs: { 'flow-types': 'ivr' } },
  { title: 'upper-case flow type', input: 'flow-types', inputs: { 'flow-types': 'INBOUNDCALL' }, says: 'lower case' },
  { title: 'unknown flow type after all', input: 'flow-types', inputs: { 'flow-types': 'all, ivr' } },
  { title: 'flow-names without flow-types', input: 'flow-names', inputs: { 'flow-names': 'Main*' }, says: 'flow-types' },
  { title: 'flow-names with a lone !', input: 'flow-names', inputs: { 'flow-types': 'all', 'flow-names': '!' } },
  { title: 'include-dependencies yes', input: 'include-dependencies', inputs: { 'include-dependencies': 'yes' }, says: 'true or false' },
  { title: 'include-dependencies 1', input: 'include-dependencies', inputs: { 'include-dependencies': '1' } },
  { title: 'check-resources no', input: 'check-resources', inputs: { 'check-resources': 'no' }, says: 'true or false' },
  { title: 'routing yes', input: 'routing', inputs: { routing: 'yes' }, says: 'true or false' },
  { title: 'output-dir leaving the workspace', input: 'output-dir', inputs: { 'output-dir': '../../etc' }, says: 'leaves the workspace' },
  { title: 'output-dir absolute', input: 'output-dir', inputs: { 'output-dir': '/etc' }, says: 'absolute' },
  { title: 'output-dir a Windows drive', input: 'output-dir', inputs: { 'output-dir': 'C:\\flows' } },
  { title: 'output-dir inside .git', input: 'output-dir', inputs: { 'output-dir': '.git/hooks' }, says: '.git' },
  { title: 'output-dir a reserved Windows name', input: 'output-dir', inputs: { 'output-dir': 'con' }, says: 'reserved file name on Windows' },
  { title: 'output-dir escaping through a folder', input: 'output-dir', inputs: { 'output-dir': 'flows/../../x' } },
  { title: 'output-dir the repository root', input: 'output-dir', inputs: { 'output-dir': './' } },
  { title: 'output-dir with a control character', input: 'output-dir', inputs: { 'output-dir': 'flows\u001b[31m' } },
  { title: 'output-dir with a folder name of 256 bytes', input: 'output-dir', inputs: { 'output-dir': `flows/${'a'.repeat(256)}` }, says: '255 bytes' },
  { title: 'output-dir with a name of 86 characters but 258 bytes', input: 'output-dir', inputs: { 'output-dir': '流'.repeat(86) }, says: '258 bytes' },
  { title: 'max-export-bytes zero', input: 'max-export-bytes', inputs: { 'max-export-bytes': '0' } },
  { title: 'max-export-bytes negative', input: 'max-export-bytes', inputs: { 'max-export-bytes': '-5' } },
  { title: 'max-export-bytes with a unit', input: 'max-export-bytes', inputs: { 'max-export-bytes': '50MB' } },
  { title: 'max-export-bytes beyond a safe integer', input: 'max-export-bytes', inputs: { 'max-export-bytes': '99999999999999999999' } },
  { title: 'fail-on unknown', input: 'fail-on', inputs: { 'fail-on': 'always' }, says: 'error, warning or never' },
  { title: 'rule-severity unknown rule', input: 'rule-severity', inputs: { 'rule-severity': 'loops=error' } },
  { title: 'rule-severity unknown severity', input: 'rule-severity', inputs: { 'rule-severity': 'flow-cycle=fatal' } },
  { title: 'rule-severity not a pair', input: 'rule-severity', inputs: { 'rule-severity': 'flow-cycle' } },
  { title: 'commit-author without an email', input: 'commit-author', inputs: { 'commit-author': 'Flow Bot' } },
  { title: 'commit-author on two lines', input: 'commit-author', inputs: { 'commit-author': 'Flow Bot\n<bot@example.com>' } },
  { title: 'commit-message with a NUL', input: 'commit-message', inputs: { 'commit-message': 'snapshot\u0000{changed}' } },
  { title: 'push maybe', input: 'push', inputs: { push: 'maybe' } },
  { title: 'pull-request on', input: 'pull-request', inputs: { 'pull-request': 'on' } },
  { title: 'pull-request-branch starting with -', input: 'pull-request-branch', inputs: { 'pull-request-branch': '-f' } },
  { title: 'pull-request-branch with ..', input: 'pull-request-branch', inputs: { 'pull-request-branch': 'a..b' } },
  { title: 'pull-request-branch with a space', input: 'pull-request-branch', inputs: { 'pull-request-branch': 'flow snapshot' } },
  { title: 'pull-request-branch ending in .lock', input: 'pull-request-branch', inputs: { 'pull-request-branch': 'snap.lock' } },
  { title: 'sign-commits Yes', input: 'sign-commits', inputs: { 'sign-commits': 'Yes' } },
  { title: 'webhook-url with credentials', input: 'webhook-url', inputs: { 'webhook-url': 'https://user:hunter2@hooks.example.com/x' }, says: 'user name or password' },
  { title: 'webhook-url with the ftp scheme', input: 'webhook-url', inputs: { 'webhook-url': 'ftp://hooks.example.com' } },
  { title: 'webhook-url with a host of 300 characters', input: 'webhook-url', inputs: { 'webhook-url': `https://${'h'.repeat(296)}.com/x` }, says: 'not a valid host name' },
  { title: 'webhook-url with a host part of 64 characters', input: 'webhook-url', inputs: { 'webhook-url': `https://${'h'.repeat(64)}.example.com/x` } },
  { title: 'concurrency zero', input: 'concurrency', inputs: { concurrency: '0' }, says: '1 to 16' },
  { title: 'concurrency 17', input: 'concurrency', inputs: { concurrency: '17' } },
  { title: 'concurrency a fraction', input: 'concurrency', inputs: { concurrency: '2.5' } },
  { title: 'concurrency a word', input: 'concurrency', inputs: { concurrency: 'four' }, says: 'adaptive' },
  { title: 'concurrency adaptive misspelt', input: 'concurrency', inputs: { concurrency: 'adaptve' }, says: '1 to 16' },
  { title: 'concurrency negative', input: 'concurrency', inputs: { concurrency: '-4' } },
]

export const VALID_FLOW_ID = '0f3c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6'

/** A valid snapshot configuration as INPUT_* variables, with a case's inputs laid over it. */
export function inputEnv(overrides: Record<string, string | undefined>, valid: Record<string, string> = {}): Record<string, string> {
  const inputs: Record<string, string | undefined> = {
    'client-id': 'catalogue-client',
    'client-secret': 'catalogue-secret-value',
    'flow-ids': VALID_FLOW_ID,
    ...valid,
    ...overrides,
  }
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(inputs)) if (value !== undefined) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}
