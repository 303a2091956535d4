/**
 * Plain data that flows out of the engine. Nothing here knows about VS Code or Node:
 * offsets are UTF-16 code-unit offsets into the original text the caller passed in.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** What kind of authority speaks in a finding (see RULES.md). */
export type Basis = 'law' | 'doctrine' | 'proposal';

/** A half-open range [start, end) of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** One replacement in the original text; an insertion has start === end. */
export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  /** Edits are non-overlapping, in document order, and applied together as one change. */
  edits: TextEdit[];
  /** Safe fixes may be applied without review (citation rewrites); reasoning and orders never are. */
  safe: boolean;
}

export interface Finding {
  code: string;
  slug: string;
  severity: Severity;
  basis: Basis;
  message: string;
  sources: string[];
  range: Span;
  /** The first fix is the preferred one. */
  fixes: Fix[];
}
