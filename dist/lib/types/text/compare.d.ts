export declare function compareText(a: string, b: string): number;
