// sign-commits: the same change, created through the GitHub git database API so that GitHub signs
// it. The local commit stays the source of truth: the API tree must come out identical to it.
import type { Change, Git } from './git.js'
import type { GitHubApi, TreeEntry } from './github.js'
import type { CommitRequest } from './push.js'

/** Entries a single create-tree request carries at most, and their text size; chosen well inside request limits. */
export const TREE_CHUNK_ENTRIES = 100
export const TREE_CHUNK_BYTES = 1_000_000

export const SIGNED_AUTHOR_NOTE =
  'sign-commits: GitHub signs an API commit only when it carries no custom author, so the commit is authored by the token\'s identity rather than commit-author.'

/**
 * Recreates HEAD through the API on its parent (a commit the remote has) and returns the signed copy once
 * `branch` (`force`: moved wherever it was) and HEAD point at it; null when the branch moved meanwhile.
 * Throws when GitHub's tree differs from the local one.
 */
export async function landSigned(
  git: Git,
  api: GitHubApi,
  request: CommitRequest,
  branch: string,
  changes: readonly Change[],
  force: boolean,
): Promise<string | null> {
  const parent = (await git.resolve('HEAD^')) as string
  const entries: TreeEntry[] = []
  for (const change of await git.diff(parent, 'HEAD', request.outputDir)) {
    if (change.status === 'D') entries.push({ path: change.path, sha: null })
    else entries.push({ path: change.path, content: (await git.show('HEAD', change.path)) ?? '' })
  }
  let tree = (await git.resolve(`${parent}^{tree}`)) as string
  for (const chunk of chunks(entries)) tree = await api.createTree(tree, chunk)
  const localTree = await git.resolve('HEAD^{tree}')
  if (tree !== localTree) {
    throw new Error(`GitHub built tree ${tree} for the signed commit, but the local snapshot's tree is ${localTree}; nothing was pushed. Run again with sign-commits: false to compare.`)
  }
  const sha = await api.createCommit(request.message(changes), tree, [parent])
  if ((await api.setBranch(branch, sha, force)) === 'moved') return null
  await git.fetchBranch(branch)
  await git.moveTo(sha)
  return sha
}

function* chunks(entries: readonly TreeEntry[]): Generator<TreeEntry[]> {
  let chunk: TreeEntry[] = []
  let bytes = 0
  for (const entry of entries) {
    const size = Buffer.byteLength(entry.content ?? '') + entry.path.length
    if (chunk.length > 0 && (chunk.length >= TREE_CHUNK_ENTRIES || bytes + size > TREE_CHUNK_BYTES)) {
      yield chunk
      chunk = []
      bytes = 0
    }
    chunk.push(entry)
    bytes += size
  }
  if (chunk.length > 0) yield chunk
}
