import type { FlowRef, FlowType } from '../model.js';
import type { ApiRequest, GenesysClient } from './client.js';
interface FlowEntity {
    readonly id: string;
    readonly name?: string;
    readonly type?: string;
    readonly publishedVersion?: {
        readonly id?: string;
    };
    readonly checkedInVersion?: {
        readonly id?: string;
    };
    readonly lockedUser?: {
        readonly id?: string;
        readonly name?: string;
    };
    readonly lockedClient?: {
        readonly id?: string;
        readonly name?: string;
    };
}
export declare function toFlowRef(entity: FlowEntity): FlowRef;
/**
 * The entities of a listing's pages (at most `maxPages`; `capped`: some were left out). The first page is read at
 * the largest size the server takes (after a 400, as the flows listing, the lookup and dependency tracking all may
 * answer, at the next smaller size); it tells pageCount, and the rest are fetched side by side.
 */
export declare function listPages<E>(client: Pick<GenesysClient, 'request'>, request: ApiRequest, pageSize: number, maxPages?: number): Promise<{
    entities: E[];
    capped: boolean;
}>;
/** Flows of the given types, listed in as few requests as the paging allows (all types in one query). */
export declare function listFlowsOfTypes(client: GenesysClient, types: readonly FlowType[]): Promise<FlowRef[]>;
/** The first page of a listing of these types, and how many flows the whole listing holds. */
export declare function listFlowPage(client: GenesysClient, types: readonly FlowType[], pageSize?: number): Promise<{
    flows: FlowRef[];
    total: number;
}>;
/** The Flow entities of these ids that exist; the others are simply absent from the result. */
export declare function lookupFlows(client: GenesysClient, ids: readonly string[]): Promise<Map<string, FlowRef>>;
export {};
