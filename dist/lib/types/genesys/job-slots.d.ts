import type { Concurrency } from '../settings/types.js';
import { type AdaptiveSlots } from './adaptive-slots.js';
import { type GenesysClient } from './client.js';
import { type Slots } from './slots.js';
/**
 * Where adaptive concurrency starts, and the least it falls to: the old fixed default, safe for any org.
 * Below it, an org whose jobs keep failing (often transiently) would retry them one at a time.
 */
export declare const ADAPTIVE_START = 4;
export declare function createJobSlots(concurrency: Concurrency, client: Pick<GenesysClient, 'stats' | 'rateHeadroom'>): Slots | AdaptiveSlots;
export declare function describeJobSlots(concurrency: Concurrency): string;
/** The log line that says where adaptive concurrency settled, or undefined for pinned slots. */
export declare function settledLine(slots: Slots | AdaptiveSlots): string | undefined;
