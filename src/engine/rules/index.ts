/**
 * The rule registry: an explicit, ordered list. Codes are a public contract: a retired
 * rule stays here as a comment so that its code is never reused.
 */
import type { Rule } from './rule';
import { GAI001 } from './GAI001';
import { GAI002 } from './GAI002';
import { GAI004 } from './GAI004';
import { DOC001 } from './DOC001';

export const RULES: readonly Rule[] = [GAI001, GAI002, GAI004, DOC001];
