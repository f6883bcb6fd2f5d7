import { type JsonRecord } from '../flows/json.js';
export declare function flowOutline(original: JsonRecord): string;
