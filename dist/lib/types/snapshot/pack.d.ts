export interface PackedFlow {
    /** The committed file it came from, as given or under the packed folder. */
    readonly source: string;
    readonly name: string;
    readonly type: string;
    /** The file written, an absolute path inside the output folder. */
    readonly file: string;
}
export type PackFailure = {
    readonly source: string;
    readonly error: string;
};
export type PackResult = Awaited<ReturnType<typeof packFlows>>;
/**
 * Packs `source` (a flow file, or a snapshot folder) into `outDir`, created when missing. A flow that
 * cannot be packed (not JSON, unknown type) is listed in `failed`; the others are still written.
 */
export declare function packFlows(source: string, outDir: string): Promise<{
    packed: PackedFlow[];
    failed: PackFailure[];
}>;
