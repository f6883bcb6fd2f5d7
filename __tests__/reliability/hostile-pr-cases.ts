// The README's reliability rows for hostile pull-request content (issue 21): one row a case of
// hostile-pull-request.test.ts, which runs each through the built Action in mode validate. `exitCode` is the
// step's result with the default fail-on (error) for that content alone.
import type { FaultCase } from './cases.js'

export type ReliabilityRow = Pick<FaultCase, 'fault' | 'behaviour' | 'status' | 'exitCode' | 'how'>

const PR = 'committed in a pull request, mode validate'

export const HOSTILE_PR_ROWS: readonly ReliabilityRow[] = [
  {
    fault: 'manifest.json is a symlink (to /proc/self/fd/1, /etc/passwd, /proc/self/environ, /dev/zero or a file outside the repository)',
    behaviour: 'Stops at once with an error naming manifest.json as a symbolic link; reads nothing through it; outputs, summary and report are written.',
    status: 'failed',
    exitCode: 1,
    how: `the symlink ${PR}`,
  },
  {
    fault: 'manifest.json is a named pipe (FIFO)',
    behaviour: 'Stops at once with an error naming the FIFO, instead of waiting for a writer.',
    status: 'failed',
    exitCode: 1,
    how: 'mkfifo in the workspace before the run',
  },
  {
    fault: 'a flow file is a symlink (to a file outside, or /dev/zero) or a FIFO',
    behaviour: 'An invalid-flow finding on its path saying what it is; nothing read; *What changed* says the flow was not reviewed, never "removed".',
    status: 'success',
    exitCode: 1,
    how: `the symlink ${PR}; the FIFO made by mkfifo`,
  },
  {
    fault: 'a folder of flow files replaced by a symlink (to a folder outside the repository)',
    behaviour: 'Not followed; a warning names the link, so its flows do not drop out of validation without a word.',
    status: 'success',
    exitCode: 0,
    how: `the symlink ${PR}`,
  },
  {
    fault: 'a flow file over 4 × max-export-bytes (a 3 GiB sparse file, or a small file with a small max-export-bytes)',
    behaviour: 'A size-limit finding, the file never read or parsed; found in seconds.',
    status: 'success',
    exitCode: 1,
    how: `truncate -s 3G in the workspace; a 5 KB file ${PR} with max-export-bytes 1000`,
  },
  {
    fault: 'flow files that add up past what the heap holds',
    behaviour: 'Stops before parsing with an error naming the five largest files and their sizes; outputs, summary and report written.',
    status: 'failed',
    exitCode: 1,
    how: '40 sparse files of 190 MiB',
  },
  {
    fault: 'a value nested 1,500 to 20,000 levels deep, or an object of 200,000 keys, in one flow beside a real change in another',
    behaviour: 'Both flows reviewed: the real change on its own line, the deep value as one change; no stack overflow.',
    status: 'success',
    exitCode: 0,
    how: PR,
  },
  {
    fault: 'a 4 MB action name with an ESC sequence',
    behaviour: 'Annotations, log, summary and report.json show 120 characters of it, cut with … and its length, control characters escaped.',
    status: 'success',
    exitCode: 0,
    how: PR,
  },
  {
    fault: 'a 104 MB string in a flow file',
    behaviour: 'A size-limit finding (over max-export-bytes); the run ends normally and every output stays bounded (no V8 abort).',
    status: 'success',
    exitCode: 1,
    how: PR,
  },
  {
    fault: 'a UTF-8 byte order mark on manifest.json or a flow file',
    behaviour: 'Read as usual.',
    status: 'success',
    exitCode: 0,
    how: PR,
  },
  {
    fault: 'a flow file in UTF-16 or with invalid UTF-8',
    behaviour: 'An invalid-flow finding on the file naming the encoding (UTF-16, or the offset of the first invalid byte).',
    status: 'success',
    exitCode: 1,
    how: PR,
  },
  {
    fault: 'output-dir does not exist, or holds no flow file',
    behaviour: 'A warning naming the folder (in the log, summary and report); the step fails with fail-on: warning.',
    status: 'success',
    exitCode: 0,
    how: 'output-dir: no-such-folder; an empty output-dir',
  },
  {
    fault: 'a bad input, or an output-dir path too long for the file system',
    behaviour: 'Stops with an error naming the input, or saying the path is too long; still writes status: failed, the summary saying why, and report.json.',
    status: 'failed',
    exitCode: 1,
    how: 'fail-on: sometimes; an output-dir of 20 folders of 250 characters',
  },
]
