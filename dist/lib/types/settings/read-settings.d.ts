import { type Env } from './inputs.js';
import type { Settings } from './types.js';
export declare const DEFAULTS: Readonly<{
    outputDir: "genesys-flows";
    maxExportBytes: 52428800;
    concurrency: "adaptive";
    commitMessage: "chore(genesys): snapshot {changed} flow files";
    commitAuthor: "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>";
    pullRequestBranch: "genesys-flow-snapshot";
}>;
/**
 * Reads and checks every input once, before any request. Secrets are handed to `mask` first, so that
 * nothing printed afterwards, not even an error, can show them. Throws InputError on the first bad value.
 */
export declare function readSettings(env: Env, mask: (secret: string) => void): Settings;
/** The rules of `git check-ref-format --branch`, as a sentence on the first one broken. */
export declare function branchNameProblem(name: string): string | undefined;
/** The login host of an API host: `https://api.<domain>` → `https://login.<domain>`; any other URL is its own. */
export declare function loginTwinOf(apiUrl: string): string;
