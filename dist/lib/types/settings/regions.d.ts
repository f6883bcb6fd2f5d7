export declare const REGIONS: Readonly<Record<string, string>>;
export declare const DEFAULT_REGION = "mypurecloud.com";
/**
 * The environment domain for a region input: a domain (`usw2.pure.cloud`) or an AWS region name
 * (`us-west-2`; the SDK's `us_west_2` spelling is read too). Like the SDK, a pasted `https://api.` prefix or
 * trailing slash is tolerated. Returns undefined for anything else, so the caller can list the valid values.
 */
export declare function regionDomain(value: string): string | undefined;
