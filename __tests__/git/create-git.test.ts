import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGit } from '../../src/git/git.js'

describe('createGit', () => {
  it('says to check out the repository when the workspace is not a git working tree', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'not-a-repo-'))
    try {
      await expect(createGit(dir)).rejects.toThrow(/is not a git working tree. Check out the repository with actions\/checkout/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('says so when the workspace does not exist', async () => {
    await expect(createGit(join(tmpdir(), 'no-such-workspace-here'))).rejects.toThrow(/does not exist/)
  })

  it('ignores GIT_* variables of the environment instead of being steered by them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'env-guard-'))
    execFileSync('git', ['init', '--quiet', dir])
    const saved = process.env.GIT_DIR
    // Were it passed on, git would look for the repository here and fail.
    process.env.GIT_DIR = join(dir, 'elsewhere')
    try {
      const git = await createGit(dir)
      expect(await git.currentBranch()).not.toBeNull()
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR
      else process.env.GIT_DIR = saved
      await rm(dir, { recursive: true, force: true })
    }
  })
})
