// What changed in the flows of a run, in Architect's words: each flow's new document against the one the
// repository held before (snapshot and export: read from output-dir before the new files are written), or,
// in mode validate on a pull request, the flow files of the pull request against the base branch.
import { join } from 'node:path'
// Lets pending I/O callbacks run (file writes, git's output) before the next few flows are reviewed.
import { setImmediate as nextTurn } from 'node:timers/promises'
import { reviewFlowChange, type FlowReview } from '../changes/index.js'
import { itemChangeDiagram } from '../report/change-diagram.js'
import { orderReviews } from '../report/review-text.js'
import { errorMessage } from '../errors.js'
import { createGit, type Git } from '../git/git.js'
import type { ExportedFlow, FlowFile, ItemDiagram, Manifest, ManifestEntry, RunChanges, SnapshotPlan } from '../model.js'
import { prepareFile, type PreparedFile } from '../snapshot/plan.js'
import { readFlowText } from '../snapshot/read.js'
import { MANIFEST_FILE } from '../snapshot/layout.js'
import { MANIFEST_MAX_BYTES, parseManifest } from '../snapshot/manifest.js'
import { UNREAD_FACTOR } from '../flows/rules/flow-level.js'
import { excerpt } from '../text/excerpt.js'
import { parseJsonOrUndefined as parseJson } from '../text/json.js'

/** Items drawn as diagrams: the summary shows the first few, so only those are drawn. */
export const DIAGRAMS_DRAWN = 3
/** Flows reviewed between two turns of the event loop, so writing and staging the files go on meanwhile. */
const FLOWS_PER_TURN = 16

/** One flow's two sides; a side that does not exist is undefined or null (an added or removed flow). */
interface FlowPair {
  readonly id: string
  readonly name: string
  /** Parsed only when the flow's turn comes: one parse tree of the old side at a time. */
  readonly beforeText: string | null
  readonly after?: unknown
  /** A pull request's file text is read again from disk only when its turn comes (not every text held at once). */
  readonly afterText?: string | (() => string)
  readonly versionFrom: string
  readonly versionTo: string
  /** Why one side could not be read (a refused or unparsable file): the review then says so, never "removed". */
  readonly unreadable?: string
  /** Its review, when it was made while the export ran. */
  readonly review?: FlowReview
}

export type EarlyReview = ReturnType<typeof createEarlyReview>

/**
 * Snapshot and export: as each job's download arrives, while later jobs still run, its flows' files are prepared
 * (canonical text and hash) and each flow that changed since the previous snapshot is reviewed, before its old
 * file is written over. Done at the end instead, the review of 2,000 changed flows was 16 % of the run (BENCHMARKS.md).
 */
export function createEarlyReview(outputPath: string, previous: Manifest | null, maxExportBytes: number) {
  const before = new Map((previous?.flows ?? []).map((entry) => [entry.id, entry]))
  const prepared = new Map<ExportedFlow, PreparedFile>()
  // By flow id, with the new hash it was made for: a flow whose file changed again since is reviewed again at the end.
  const reviewed = new Map<string, { readonly sha256: string; readonly pair: FlowPair }>()
  // Each job's flows after the previous job's: one flow at a time, whatever order the jobs end in.
  let done = Promise.resolve()
  const prepareEach = async (flows: readonly ExportedFlow[]): Promise<void> => {
    for (const flow of flows) {
      try {
        const file = prepareFile(flow)
        prepared.set(flow, file)
        const old = before.get(flow.ref.id)
        if (old !== undefined && old.sha256 !== file.entry.sha256) {
          const pair = changedPair(old, file.entry, flow.document, file.content, readPreviousFile(outputPath, old, maxExportBytes))
          reviewed.set(flow.ref.id, { sha256: file.entry.sha256, pair: { ...pair, review: reviewOfOneFlow(pair) } })
        }
      } catch {
        // planSnapshot prepares it again and names the flow with the reason.
      }
      // One flow a turn: the polls of the jobs still running are not held up behind a job's worth of work.
      await nextTurn()
    }
  }
  return {
    /** Told each job's flows as soon as they are decoded. */
    add(flows: readonly ExportedFlow[]): void {
      done = done.then(() => prepareEach(flows))
    },
    /** Resolves once every flow told is prepared, with the files by flow (for planSnapshot). */
    async prepared(): Promise<ReadonlyMap<ExportedFlow, PreparedFile>> {
      await done
      return prepared
    },
    earlyReviewOf(flowId: string, sha256: string): FlowPair | undefined {
      const early = reviewed.get(flowId)
      return early?.sha256 === sha256 ? early.pair : undefined
    },
  }
}

/**
 * Snapshot and export: the flows whose file the plan changes, against their previous file (same hash: not
 * read). The previous files are read before this returns (the snapshot overwrites them next); the review is
 * the promise, worked out a few flows at a time while the run writes and stages, awaited for the commit message.
 */
export function reviewSnapshot(
  outputPath: string,
  previous: Manifest | null,
  plan: SnapshotPlan,
  exported: readonly ExportedFlow[],
  log: (message: string) => void,
  early: EarlyReview | undefined,
  maxExportBytes: number,
): Promise<RunChanges | undefined> {
  const before = new Map((previous?.flows ?? []).map((entry) => [entry.id, entry]))
  const after = new Map(plan.manifest.flows.map((entry) => [entry.id, entry]))
  const documents = new Map(exported.map((flow) => [flow.ref.id, flow.document]))
  const texts = new Map(plan.writes.map((write) => [write.path, write.content]))
  const readPrevious = (entry: ManifestEntry | undefined): string | null =>
    entry ? readPreviousFile(outputPath, entry, maxExportBytes) : null

  const pairs: FlowPair[] = []
  for (const entry of after.values()) {
    const old = before.get(entry.id)
    if (!documents.has(entry.id) || old?.sha256 === entry.sha256) continue
    pairs.push(early?.earlyReviewOf(entry.id, entry.sha256) ??
      changedPair(old, entry, documents.get(entry.id), texts.get(entry.path), readPrevious(old)))
  }
  for (const entry of before.values()) {
    if (after.has(entry.id)) continue
    pairs.push({ id: entry.id, name: entry.name, beforeText: readPrevious(entry), versionFrom: entry.version, versionTo: '' })
  }
  return withoutFailing(() => reviewPairs(pairs, previous ? 'the previous snapshot' : ''), log)
}

/** A review that fails is told, never thrown: it must not cost the run its snapshot or its commit. */
function withoutFailing(review: () => Promise<RunChanges | undefined>, log: (message: string) => void): Promise<RunChanges | undefined> {
  return review().catch((error: unknown) => {
    log(`What changed could not be worked out (${errorMessage(error)}); the snapshot and its commit are not affected. Please report this with the run's log.`)
    return undefined
  })
}

/** mode validate on a pull request: the flow files the pull request changes, against the base branch. */
export function reviewPullRequest(
  base: BaseBranch | undefined,
  outputDir: string,
  files: readonly FlowFile[],
  headManifest: Manifest | null,
  log: (message: string) => void,
  maxExportBytes: number,
): Promise<RunChanges | undefined> {
  if (base === undefined) return Promise.resolve(undefined)
  return withoutFailing(async () => {
    const { git, revision: baseRef } = base
    const maxFileBytes = UNREAD_FACTOR * maxExportBytes
    const baseEntries = new Map((await base.manifest)?.flows.map((entry) => [entry.id, entry]))
    const changedFiles = new Set((await git.diff(baseRef, 'HEAD', outputDir)).map((change) => change.path))
    const headEntries = new Map((headManifest?.flows ?? []).map((entry) => [entry.id, entry]))
    const byId = new Map(files.map((file) => [file.id, file]))

    const pairs: FlowPair[] = []
    for (const file of files) {
      const old = baseEntries.get(file.id)
      const oldPath = old ? `${outputDir}/${old.path}` : undefined
      if (!changedFiles.has(file.file) && !(oldPath !== undefined && changedFiles.has(oldPath))) continue
      const before = oldPath === undefined ? { text: null } : await baseFile(git, baseRef, oldPath, maxFileBytes)
      const versions = { versionFrom: old?.version ?? '', versionTo: headEntries.get(file.id)?.version ?? '' }
      // A file of the pull request that was not read (a link, a pipe, too large, not JSON) is no removed flow.
      const finding = file.readError ? 'invalid-flow' : 'size-limit'
      const unreadable = file.document === undefined ? `${file.file} could not be read (see its ${finding} finding)` : before.unreadable
      pairs.push({ id: file.id, name: file.name, beforeText: before.text, after: file.document, afterText: () => file.text, ...versions, unreadable })
    }
    for (const old of baseEntries.values()) {
      const oldPath = `${outputDir}/${old.path}`
      if (byId.has(old.id) || !changedFiles.has(oldPath)) continue
      const { text, unreadable } = await baseFile(git, baseRef, oldPath, maxFileBytes)
      pairs.push({ id: old.id, name: old.name, beforeText: text, versionFrom: old.version, versionTo: '', unreadable })
    }
    return reviewPairs(pairs, `the base branch ${base.name}`)
  }, log)
}

/** A pull request's base branch, opened once for both reviews (the flows' and the routing's). */
export interface BaseBranch {
  readonly name: string
  readonly git: Git
  readonly revision: string
  /** Its manifest, read once; rejects when it cannot be used (each review says so in its own words). */
  readonly manifest: Promise<Manifest | null>
}

/**
 * The base branch of a pull request (`GITHUB_BASE_REF`), fetched one commit deep when the checkout lacks it.
 * Undefined when the run is no pull request, or when the base cannot be had (logged once).
 */
export async function openBaseBranch(workspace: string, outputDir: string, env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<BaseBranch | undefined> {
  const name = env.GITHUB_BASE_REF
  if (!name) return undefined
  try {
    const git = await createGit(workspace)
    const revision = `refs/remotes/origin/${name}`
    if ((await git.resolve(revision)) === null && (await git.fetchBranch(name, { depth: 1 })) === null) {
      throw new Error(`origin has no branch '${name}'`)
    }
    const where = `${outputDir}/${MANIFEST_FILE}`
    const manifest = baseFile(git, revision, where, MANIFEST_MAX_BYTES).then(({ text, unreadable }) => {
      if (unreadable !== undefined) throw new Error(`${where}: ${unreadable}`)
      return text === null ? null : parseManifest(text, `${where} on the base branch`)
    })
    // Held for the reviews; a rejection is theirs to report, not an unhandled one.
    manifest.catch(() => undefined)
    return { name, git, revision, manifest }
  } catch (error) {
    log(`What changed is not reviewed: the base branch '${name}' could not be read (${errorMessage(error)}). Check out with a remote named origin that has it.`)
    return undefined
  }
}

/** A base-branch file, read only when `git cat-file -s` says it is small: a fork may have pushed anything there. */
export async function baseFile(git: Git, revision: string, path: string, maxBytes: number): Promise<{ text: string | null; unreadable?: string }> {
  const size = await git.objectSize(revision, path)
  if (size === null) return { text: null }
  if (size > maxBytes) return { text: null, unreadable: `its file on the base branch is ${size.toLocaleString('en-US')} bytes, over the ${maxBytes.toLocaleString('en-US')} this Action reads` }
  return { text: await git.show(revision, path) }
}

async function reviewPairs(pairs: readonly FlowPair[], against: string): Promise<RunChanges> {
  const unordered: FlowReview[] = []
  for (const [index, pending] of pairs.entries()) {
    if ((index + 1) % FLOWS_PER_TURN === 0) await nextTurn()
    // The previous side stays text, parsed again only if a diagram is drawn from it.
    unordered.push(pending.review ?? reviewOfOneFlow(pending))
  }
  const reviews = orderReviews(unordered)
  const pairById = new Map(pairs.map((pair) => [pair.id, pair]))
  const diagrams: ItemDiagram[] = []
  for (const review of reviews) {
    if (diagrams.length >= DIAGRAMS_DRAWN) break
    if (review.status !== 'changed') continue
    const pair = pairById.get(review.flowId)!
    const before = parseJson(pair.beforeText)
    const items = new Map<string, string>()
    for (const change of review.changes) if (change.itemId !== undefined && !items.has(change.itemId)) items.set(change.itemId, change.itemName ?? change.itemId)
    for (const [itemId, itemName] of items) {
      if (diagrams.length >= DIAGRAMS_DRAWN) break
      const mermaid = itemChangeDiagram({ before, after: pair.after, itemId, changes: review.changes })
      if (mermaid !== '') diagrams.push({ flowId: review.flowId, flowName: review.name, itemName, mermaid })
    }
  }
  return { against, reviews, diagrams }
}

/** A flow whose file the plan changes: its previous entry (none: a new flow) and file against its new document and text. */
function changedPair(old: ManifestEntry | undefined, entry: ManifestEntry, after: unknown, afterText: string | undefined, beforeText: string | null): FlowPair {
  return { id: entry.id, name: entry.name, beforeText, after, afterText, versionFrom: old?.version ?? '', versionTo: entry.version }
}

/** A flow's previous file, read the one safe way (no link, pipe or device; validate's cap); null: it reads as new. */
function readPreviousFile(outputPath: string, entry: ManifestEntry, maxExportBytes: number): string | null {
  const read = readFlowText(join(outputPath, ...entry.path.split('/')), UNREAD_FACTOR * maxExportBytes)
  return read.ok ? read.text : null
}

/** One flow's review: an unreadable side or a failure is said in it, so no document can take the others' reviews. */
function reviewOfOneFlow(pending: FlowPair): FlowReview {
  const base = { flowId: pending.id, name: pending.name, versionFrom: pending.versionFrom, versionTo: pending.versionTo }
  const saying = (text: string): FlowReview =>
    bounded({ ...base, status: 'changed', changes: [{ kind: 'flow', text }], counts: { flow: 1 } })
  if (pending.unreadable !== undefined) return saying(`Not reviewed: ${pending.unreadable}.`)
  try {
    const { id: flowId, beforeText, afterText, ...pair } = pending
    const text = typeof afterText === 'function' ? afterText() : afterText
    return bounded(reviewFlowChange({ ...pair, flowId, before: parseJson(beforeText), afterText: text }))
  } catch (error) {
    const reason = excerpt(errorMessage(error), 200)
    return saying(`What changed in this flow could not be worked out (${reason}); the other flows are reviewed.`)
  }
}

/** Characters of one line of What changed: its values are cut where they are quoted, this bounds the rest. */
const CHANGE_CHARS = 1_000

/** Every text taken from the files bounded (names, each change's line), controls escaped. */
function bounded(review: FlowReview): FlowReview {
  return {
    ...review,
    name: excerpt(review.name),
    ...(review.previousName === undefined ? {} : { previousName: excerpt(review.previousName) }),
    changes: review.changes.map((change) => ({
      ...change,
      text: excerpt(change.text, CHANGE_CHARS),
      ...(change.itemName === undefined ? {} : { itemName: excerpt(change.itemName) }),
    })),
  }
}
