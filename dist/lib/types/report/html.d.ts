export declare function escapeHtml(text: string): string;
/** Escaped, with line breaks shown as `<br>` so the cell (and the HTML block) stays on one line. */
export declare function cell(text: string): string;
export declare function link(text: string, href: string): string;
export declare function code(text: string): string;
/** Cells are already HTML (built with `cell`, `link`, `code`). */
export type HtmlRow = readonly string[];
export interface BoundedTable {
    readonly html: string;
    readonly rowsShown: number;
    readonly rowsTotal: number;
}
/**
 * A table that stops adding rows before it passes `budgetBytes`, then says how many rows it left
 * out and where to find them.
 */
export declare function boundedTable(headers: readonly string[], rows: readonly HtmlRow[], budgetBytes: number, cutNote: (left: number) => string): BoundedTable;
export declare function byteLength(text: string): number;
/** A GitHub URL path segment by segment, so names with spaces or `#` still link. */
export declare function encodePath(path: string): string;
export declare function formatDuration(ms: number): string;
export declare function formatBytes(bytes: number): string;
