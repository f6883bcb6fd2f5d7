// `npx genesys-flow-snapshot route`: committed routing files in a real temp folder, asked through the CLI.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import type { RoutingFile } from '../../src/routing/types.js'
import { mainGroup, orgFiles, stormGroup } from '../routing/fixtures.js'

let root: string
let stdout: string
let stderr: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gfs-route-'))
  stdout = ''
  stderr = ''
})
afterEach(() => rm(root, { recursive: true, force: true }))

const route = (...args: string[]) => runCli(['route', ...args], { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd: root })

async function commit(files: RoutingFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true })
    await writeFile(join(root, file.path), file.text)
  }
}

describe('route', () => {
  it('says which flow answers a number at a local time, and why', async () => {
    await commit(orgFiles())
    expect(await route('+1 (317) 555-0100', '--at', '2026-03-04T10:00')).toBe(0)
    expect(stdout).toBe(
      [
        '+13175550100 → call route "Main line"',
        'At Wed Mar 4, 2026 10:00 (America/New_York): "Main IVR" answers.',
        'Why: open schedule "Weekdays" (Mon–Fri 08:00–17:00) is in force.',
        'Flows: open hours "Main IVR", closed hours "After hours", holidays "Holiday message"; schedule group "Main hours" (America/New_York).',
        '',
      ].join('\n'),
    )
    expect(stderr).toBe('')
  })

  it('reads --at in the group time zone, across the spring change', async () => {
    await commit(orgFiles())
    expect(await route('13175550100', '--at', '2026-03-09T07:59')).toBe(0)
    expect(stdout).toContain('"After hours" answers.\nWhy: no open, closed or holiday schedule is in force')
    stdout = ''
    expect(await route('13175550100', '--at', '2026-03-09T08:00')).toBe(0)
    expect(stdout).toContain('"Main IVR" answers.')
  })

  it('answers a holiday with the holiday flow', async () => {
    await commit(orgFiles())
    expect(await route('Main line', '--at', '2026-12-25T10:00')).toBe(0)
    expect(stdout).toContain('Call route "Main line" (+13175550100, +13175550101)\n')
    expect(stdout).toContain('"Holiday message" answers.\nWhy: holiday schedule "Christmas" (every year on Dec 25 all day) is in force.')
  })

  it('says an emergency group switched on answers every call', async () => {
    await commit(orgFiles(['emergency-groups', stormGroup({ enabled: true })]))
    expect(await route('r-main', '--at', '2026-03-04T10:00')).toBe(0)
    expect(stdout).toContain('"Storm closure" answers.\nWhy: emergency group "Storm" is on.')
  })

  it('says a route without a schedule group always runs its open flow', async () => {
    await commit(orgFiles())
    expect(await route('+13175550200', '--at', '2026-12-25T03:00')).toBe(0)
    expect(stdout).toContain('"Support IVR" answers.\nWhy: the call route has no schedule group, so its open-hours flow always answers.')
  })

  it('with --days, lists each change of answering flow from --at', async () => {
    await commit(orgFiles())
    expect(await route('+13175550100', '--at', '2026-12-24T12:00', '--days', '2')).toBe(0)
    expect(stdout).toContain(
      [
        'From Thu Dec 24, 2026 12:00 (America/New_York), over 2 days:',
        '  Thu Dec 24, 2026 12:00 (America/New_York)  "Main IVR": open schedule "Weekdays" (Mon–Fri 08:00–17:00) is in force',
        '  Thu Dec 24, 2026 17:00 (America/New_York)  "After hours": no open, closed or holiday schedule is in force: outside open hours, the closed-hours flow answers',
        '  Fri Dec 25, 2026 00:00 (America/New_York)  "Holiday message": holiday schedule "Christmas" (every year on Dec 25 all day) is in force',
        '  Sat Dec 26, 2026 00:00 (America/New_York)  "After hours": no open, closed or holiday schedule is in force: outside open hours, the closed-hours flow answers',
        '',
      ].join('\n'),
    )
  })

  it('an unknown number lists the nearest numbers and every route', async () => {
    await commit(orgFiles())
    expect(await route('+13175550109')).toBe(1)
    expect(stderr).toContain('No call route has the number, name or id +13175550109.')
    expect(stderr).toContain('Nearest: +13175550100 ("Main line"), +13175550101 ("Main line")')
    expect(stderr).toContain('  "Support line": +13175550200')
    expect(stdout).toBe('')
  })

  it('an unknown route name suggests the nearest name', async () => {
    await commit(orgFiles())
    expect(await route('Main lien')).toBe(1)
    expect(stderr).toContain('Nearest: "Main line"')
  })

  it('reads --dir, and says what to do when no routing was committed there', async () => {
    expect(await route('+13175550100', '--dir', 'elsewhere')).toBe(1)
    expect(stderr).toContain('No call route under elsewhere/routing/call-routes. Run the Action with routing: true')
  })

  it('a wrong --at or --days is a usage error', async () => {
    await commit(orgFiles())
    expect(await route('+13175550100', '--at', '2026-02-30T10:00')).toBe(2)
    expect(stderr).toContain('--at 2026-02-30T10:00 is not a local time YYYY-MM-DDTHH:MM.')
    expect(await route('+13175550100', '--days', '0')).toBe(2)
    expect(stderr).toContain('--days takes a whole number of days from 1 to 366, not 0.')
  })

  it('a file that is not JSON, or a symlink, is skipped with a message and the rest still answers', async () => {
    await commit(orgFiles(['schedule-groups', mainGroup({ openSchedules: [] })]))
    await writeFile(join(root, 'genesys-flows/routing/schedules/broken--s-x.json'), '{ not json')
    await symlink('/etc/passwd', join(root, 'genesys-flows/routing/schedules/link--s-y.json'))
    expect(await route('+13175550100', '--at', '2026-03-04T10:00')).toBe(0)
    expect(stderr).toContain('Skipped genesys-flows/routing/schedules/broken--s-x.json: ')
    expect(stderr).toContain('Skipped genesys-flows/routing/schedules/link--s-y.json: it is a symbolic link, not a regular file')
    expect(stdout).toContain('"After hours" answers.')
  })

  it('is listed in help', async () => {
    expect(await runCli(['help'], { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd: root })).toBe(0)
    expect(stdout).toMatch(/route\s+Say which flow answers a number/)
  })
})
