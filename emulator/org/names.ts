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

/**
 * Names unique within their type, as the export API finds a flow by name and type. Each type walks its pool from a
 * seeded offset; once the pool is used up, later rounds add " 2", " 3", ... so large orgs stay cheap to make.
 */
export function createNamer(random: Random): (type: string) => string {
  const counters = new Map<string, { offset: number; next: number }>()
  return (type) => {
    const pool = POOLS[type] ?? [`${type} flow`]
    let counter = counters.get(type)
    if (!counter) {
      counter = { offset: random.int(0, pool.length - 1), next: 0 }
      counters.set(type, counter)
    }
    const k = counter.next++
    const base = pool[(counter.offset + k) % pool.length]!
    const round = Math.floor(k / pool.length) + 1
    return round === 1 ? base : `${base} ${round}`
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
