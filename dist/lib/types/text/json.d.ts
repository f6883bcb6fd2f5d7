export declare function parseJsonOrUndefined(text: string | null | undefined): unknown;
