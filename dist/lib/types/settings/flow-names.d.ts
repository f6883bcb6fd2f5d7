/** Include patterns select (all names when there are none); `!` patterns then exclude. */
export declare function nameMatcher(patterns: readonly string[]): (name: string) => boolean;
