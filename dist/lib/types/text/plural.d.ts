/** `1 flow`, `3 flows`: the one way every message counts things. */
export declare function plural(count: number, noun: string): string;
