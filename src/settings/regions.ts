// Genesys Cloud environments, by AWS region name, as the official SDK's PureCloudRegionHosts lists them
// (docs/genesys-api.md §2). The API host is api.<domain>, the login host login.<domain>.
export const REGIONS: Readonly<Record<string, string>> = Object.freeze({
  'us-east-1': 'mypurecloud.com',
  'us-east-2': 'use2.us-gov-pure.cloud',
  'us-west-2': 'usw2.pure.cloud',
  'ca-central-1': 'cac1.pure.cloud',
  'sa-east-1': 'sae1.pure.cloud',
  'mx-central-1': 'mxc1.pure.cloud',
  'eu-west-1': 'mypurecloud.ie',
  'eu-west-2': 'euw2.pure.cloud',
  'eu-central-1': 'mypurecloud.de',
  'eu-central-2': 'euc2.pure.cloud',
  'eusc-de-east-1': 'edee1.eusc-pure.cloud',
  'me-central-1': 'mec1.pure.cloud',
  'ap-south-1': 'aps1.pure.cloud',
  'ap-northeast-1': 'mypurecloud.jp',
  'ap-northeast-2': 'apne2.pure.cloud',
  'ap-northeast-3': 'apne3.pure.cloud',
  'ap-southeast-1': 'apse1.pure.cloud',
  'ap-southeast-2': 'mypurecloud.com.au',
})

export const DEFAULT_REGION = 'mypurecloud.com'

const DOMAINS = new Set(Object.values(REGIONS))

/**
 * The environment domain for a region input: a domain (`usw2.pure.cloud`) or an AWS region name
 * (`us-west-2`; the SDK's `us_west_2` spelling is read too). Like the SDK, a pasted `https://api.` prefix or
 * trailing slash is tolerated. Returns undefined for anything else, so the caller can list the valid values.
 */
export function regionDomain(value: string): string | undefined {
  const cleaned = value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^(api|login)\./, '')
    .replace(/\/+$/, '')
  if (DOMAINS.has(cleaned)) return cleaned
  return REGIONS[cleaned.replace(/_/g, '-')]
}
