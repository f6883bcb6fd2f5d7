import { describe, expect, it } from 'vitest'
import { addSecret, redact } from '../../src/text/redact.js'

describe('redact', () => {
  it('cuts credentials out of remote URLs', () => {
    expect(redact("fatal: unable to access 'https://x-access-token:ghs_abc123@github.com/o/r.git/'")).toBe(
      "fatal: unable to access 'https://***@github.com/o/r.git/'",
    )
  })

  it('cuts authorization header values', () => {
    expect(redact('AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0')).toBe('AUTHORIZATION: basic ***')
  })

  it('cuts GitHub token shapes and registered secrets wherever they appear', () => {
    addSecret('my-registered-token-value')
    expect(redact(`token ghp_${'a'.repeat(36)} and my-registered-token-value`)).toBe('token *** and ***')
  })

  it('cuts the query string, where a pre-signed download URL keeps its signature', () => {
    const message = 'request to https://downloads.example.com/exports/job.zip?X-Amz-Signature=abc123&X-Amz-Credential=AKIA%2F failed, reason: socket hang up'
    expect(redact(message)).toBe('request to https://downloads.example.com/exports/job.zip?*** failed, reason: socket hang up')
  })

  it('leaves API paths and their queries without a scheme alone: they hold no credential', () => {
    expect(redact('GET /api/v2/flows?type=inboundcall answered 403')).toBe('GET /api/v2/flows?type=inboundcall answered 403')
  })

  it("cuts the secrets a caller passes for this text only, as it cuts registered ones", () => {
    expect(redact('signature with whsec-0123456789 refused', ['whsec-0123456789'])).toBe('signature with *** refused')
    expect(redact('signature with whsec-0123456789 refused')).toBe('signature with whsec-0123456789 refused')
  })
})
