// The Flow and FlowVersion entities as the API answers them (docs/genesys-api.md §3.1, §3.2).

import type { EmulatedFlow } from '../types.js'

const HOME_DIVISION = { id: 'e2220f18-f824-4ade-adf8-7375c04e5eb6', name: 'Home', selfUri: '/api/v2/authorization/divisions/e2220f18-f824-4ade-adf8-7375c04e5eb6' }

const LOCKING_USER_ID = '9d2e4f6a-1b3c-4d5e-8f70-a1b2c3d4e5f6'

/** Version ids are "1.0" .. "<published>.0". */
export function versionIds(flow: EmulatedFlow): string[] {
  const latest = Math.max(1, Math.floor(Number(flow.version)))
  return Array.from({ length: latest }, (_, i) => `${i + 1}.0`)
}

/** A fixed point in time per version, so answers repeat between runs. */
function versionDate(flow: EmulatedFlow, versionId: string): number {
  let hash = 0
  for (const c of flow.id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0
  return Date.UTC(2025, 0, 1) + (hash % 100_000) * 60_000 + Number(versionId) * 86_400_000
}

export function flowVersionEntity(flow: EmulatedFlow, versionId: string): Record<string, unknown> {
  const self = `/api/v2/flows/${flow.id}/versions/${versionId}`
  const created = versionDate(flow, versionId)
  return {
    id: versionId,
    name: versionId,
    commitVersion: versionId,
    configurationVersion: versionId,
    type: 'PUBLISH',
    secure: false,
    debug: false,
    createdBy: { id: '5b1c3e0a-27a4-4c43-9a4e-1d2f0c9b8a71', selfUri: '/api/v2/users/5b1c3e0a-27a4-4c43-9a4e-1d2f0c9b8a71' },
    configurationUri: `${self}/configuration`,
    dateCreated: created,
    dateCheckedIn: created,
    datePublished: new Date(created).toISOString(),
    generationId: versionId,
    publishResultUri: `${self}/publishresult`,
    selfUri: self,
  }
}

export function flowEntity(flow: EmulatedFlow): Record<string, unknown> {
  const published = flowVersionEntity(flow, flow.version)
  return {
    id: flow.id,
    name: flow.name,
    division: HOME_DIVISION,
    description: flow.description,
    type: flow.type.toUpperCase(),
    active: !flow.deleted,
    system: false,
    deleted: flow.deleted,
    ...(flow.published === false ? {} : { publishedVersion: published }),
    checkedInVersion: published,
    ...(flow.lockedBy ? { lockedUser: { id: LOCKING_USER_ID, name: flow.lockedBy, selfUri: `/api/v2/users/${LOCKING_USER_ID}` } } : {}),
    currentOperation: {
      id: `${flow.id.slice(0, 24)}0000000000ab`,
      complete: true,
      errorDetails: [],
      actionName: 'PUBLISH',
      actionStatus: 'SUCCESS',
    },
    supportedLanguages: [{ language: 'en-us', isDefault: true }],
    selfUri: `/api/v2/flows/${flow.id}`,
  }
}
