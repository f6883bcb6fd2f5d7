import type { FlowFile } from '../../model.js';
import type { Emit } from '../finding-draft.js';
import { type FlowDocument } from '../document.js';
/** Major versions of `flowMetaData.flowDocumentVersion` this Action reads (every real sample says "1.0"). */
export declare const SUPPORTED_DOCUMENT_MAJORS: readonly string[];
/** The readable document, or undefined after reporting why the flow cannot be read. */
export declare function readableDocument(flow: FlowFile, emit: Emit): FlowDocument | undefined;
/**
 * False when the document's format version is one this Action cannot read (its rules are then skipped). A document
 * without a version is reported, and its rules still run.
 */
export declare function checkFormatVersion(flow: FlowDocument, emit: Emit): boolean;
/**
 * How many times max-export-bytes a flow file may be before it is not even read (mode validate): export mode
 * refuses a download that large, so no snapshot the Action wrote holds one.
 */
export declare const UNREAD_FACTOR = 4;
/** Size-limit; true when the file was too large to be read at all (then no other rule can look at it). */
export declare function checkSize(flow: FlowFile, maxExportBytes: number, emit: Emit): boolean;
