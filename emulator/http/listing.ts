// Paging of entity listings (docs/genesys-api.md §3.1): entities plus the page fields and relative URIs.

import type { Reply } from './reply.js'
import { errors, json } from './reply.js'

export interface PageRequest {
  pageNumber: number
  pageSize: number
}

/**
 * Reads pageNumber/pageSize with the API's defaults (1, 25). A value that is not a positive integer, or a
 * pageSize over `maxPageSize`, is a 400 as the real API answers for out-of-range paging.
 */
export function readPage(query: URLSearchParams, maxPageSize: number): PageRequest | Reply {
  const pageNumber = readPositiveInt(query.get('pageNumber'), 1)
  const pageSize = readPositiveInt(query.get('pageSize'), 25)
  if (pageNumber === undefined) return errors.badRequest(`Invalid pageNumber [${query.get('pageNumber')}]: it must be a whole number of 1 or more.`)
  if (pageSize === undefined) return errors.badRequest(`Invalid pageSize [${query.get('pageSize')}]: it must be a whole number of 1 or more.`)
  if (pageSize > maxPageSize) {
    return errors.badRequest(`Invalid pageSize [${pageSize}]: the maximum page size is ${maxPageSize}.`)
  }
  return { pageNumber, pageSize }
}

function readPositiveInt(value: string | null, fallback: number): number | undefined {
  if (value === null || value === '') return fallback
  if (!/^\d+$/.test(value)) return undefined
  const n = Number(value)
  return n >= 1 ? n : undefined
}

export function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && 'status' in value
}

/**
 * Builds the listing for one page. `basePath` and `query` form the URIs; pageNumber and pageSize are put
 * first, as the real API writes them. `nextUri`/`previousUri` are left out where there is no such page.
 */
export function listing<T>(
  all: readonly T[],
  page: PageRequest,
  basePath: string,
  query: URLSearchParams,
  toEntity: (item: T) => unknown = (item) => item,
): Reply {
  const total = all.length
  const pageCount = Math.ceil(total / page.pageSize)
  const start = (page.pageNumber - 1) * page.pageSize
  // Only the page is turned into entities: large orgs are listed page by page.
  const entities = all.slice(start, start + page.pageSize).map(toEntity)
  const uri = (n: number): string => {
    const params = new URLSearchParams()
    params.set('pageSize', String(page.pageSize))
    params.set('pageNumber', String(n))
    for (const [key, value] of query) {
      if (key !== 'pageSize' && key !== 'pageNumber') params.append(key, value)
    }
    return `${basePath}?${params.toString()}`
  }
  const body: Record<string, unknown> = {
    entities,
    pageSize: page.pageSize,
    pageNumber: page.pageNumber,
    total,
    firstUri: uri(1),
    selfUri: uri(page.pageNumber),
    lastUri: uri(Math.max(pageCount, 1)),
    pageCount,
  }
  if (page.pageNumber < pageCount) body.nextUri = uri(page.pageNumber + 1)
  if (page.pageNumber > 1) body.previousUri = uri(Math.min(page.pageNumber - 1, Math.max(pageCount, 1)))
  return json(200, body)
}

/** Values of a repeated query parameter; comma-separated values are split too (the JS SDK joins arrays with commas). */
export function queryList(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '')
}
