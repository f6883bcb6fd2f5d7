// Flow names like real orgs have them: spaces, slashes, dashes, accents and other scripts.

import type { Random } from '../random.js'

const POOLS: Record<string, readonly string[]> = {
  inboundcall: [
    'Main IVR', 'Billing / Payments', 'Support – After Hours', 'Sales: Inbound (EMEA)', 'Café Orders',
    'Soporte Español', 'Claims Hotline', 'Kundenservice Ümlaut', 'Emergency & Outage Line', 'VIP Line #2',
    'お客様窓口', 'Retail Store Locator',
  ],
  inqueuecall: ['Default In-Queue Flow', 'Hold – Billing Queue', 'In-Queue / Callback Offer', 'Attente Clientèle', 'Priority Queue Music'],
  commonmodule: ['CM Verify Caller', 'CM Business Hours', 'CM – Set Language', 'CM Lookup/Account', 'CM Çheck Balance'],
  bot: ['Scheduling Bot', 'FAQ Bot – Tier 1', 'Bot: Order Status', 'Asistente Virtual'],
  inboundshortmessage: ['Web Messaging / Support', 'SMS Inbound – Sales', 'WhatsApp Orders', 'Messagerie Service'],
  workflow: ['Callback Workflow', 'Set Presence – Available', 'Survey / Post-Call', 'Ticket Sync (CRM)'],
}

/** Unique within its type, as the export API finds a flow by name and type. */
export function flowName(random: Random, type: string, taken: Set<string>): string {
  const pool = POOLS[type] ?? [`${type} flow`]
  const start = random.int(0, pool.length - 1)
  for (let round = 1; ; round++) {
    for (let i = 0; i < pool.length; i++) {
      const candidate = round === 1 ? pool[(start + i) % pool.length]! : `${pool[(start + i) % pool.length]} ${round}`
      const key = `${type}\u0000${candidate}`
      if (!taken.has(key)) {
        taken.add(key)
        return candidate
      }
    }
  }
}

export const QUEUES = [
  { id: '7fa66134-da51-4b96-871a-fed995c9ed2f', name: 'Customer Service' },
  { id: '9b072e4a-d6b0-45d2-8e04-a6dcfd06a146', name: 'Billing' },
  { id: 'c1e0b7d2-5e7a-4f0e-9a11-2b8d2f3c4e51', name: 'Support – Tier 2' },
] as const

export const DATA_ACTIONS = [
  { id: 'custom_-_3a8f1c52-6d0e-4f8b-b9a1-5c2e7d4f9a10', name: 'Get Account By Phone' },
  { id: 'custom_-_b41e9d07-2c6a-4e35-8f7b-0d9a1c3e5f22', name: 'Create Callback' },
] as const
