// `node --import tsx bench/cpu-profile.ts FILE.cpuprofile [N]`: the N functions with the most self time in a
// `node --cpu-prof` profile, with their share, for BENCHMARKS.md. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs'

interface ProfileNode {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
}
interface Profile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
  readonly startTime: number
  readonly endTime: number
}

const [file, top = '15'] = process.argv.slice(2)
if (!file) throw new Error('Usage: bench/cpu-profile.ts FILE.cpuprofile [N]')
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]))
const selfUs = new Map<string, number>()
profile.samples.forEach((id, index) => {
  const frame = nodeById.get(id)!.callFrame
  const where = frame.url ? `${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : ''
  const name = `${frame.functionName || '(anonymous)'} ${where}`.trim()
  selfUs.set(name, (selfUs.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0))
})
const totalUs = profile.endTime - profile.startTime
console.log(`profile ${((totalUs) / 1e6).toFixed(2)} s`)
for (const [name, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${(us / 1e6).toFixed(2)} s  ${((us / totalUs) * 100).toFixed(1)} %  ${name}`)
}
