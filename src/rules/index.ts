import type { Rule } from './types.js';
import { partyRef } from './party-ref.js';
import { recordRequired } from './record-required.js';
import { uniqueId } from './unique-id.js';

/** Every rule, in the order `privrec rules` lists them. */
export const RULES: readonly Rule[] = [recordRequired, uniqueId, partyRef];
