export type ProvisionKind = 'SECTION' | 'PARAGRAPH' | 'POINT' | 'TABLE' | 'TEXT';

export interface ParsedTable {
  rows: string[][];
}

export interface ParsedProvision {
  /** Normalised dotted number ("49", "49.b", "54.d.ii"); null for unnumbered blocks. */
  number: string | null;
  /**
   * The number as the document prints it, for citing: "52(a)", "2.1.3", "(1A)", "5.0". Unlike
   * `number` it need not be unique (a second series prints 1, 2, 3 again). Null when unnumbered.
   */
  label: string | null;
  /** A section heading, the heading of an unnumbered block, or a paragraph's own title line. */
  heading: string | null;
  /**
   * Clean text: single spaces within a line, PDF line breaks and hyphenation joined, no page
   * furniture. Separate paragraphs of one provision are divided by a blank line ("\n\n"); lines
   * that stand alone in the source (signature lines, bullet items, one-word lists) by "\n".
   */
  text: string;
  kind: ProvisionKind;
  /** 0 for top-level paragraphs and unnumbered top-level blocks, 1 for a./b., 2 for i./ii. */
  depth: number;
  parentNumber: string | null;
  table: ParsedTable | null;
}

/**
 * Something the parse found that a reader should check, and what it did about it: an import
 * never loses structure silently.
 */
export interface ParseWarning {
  /** 1-based line of the source text, when the finding has one. */
  line: number | null;
  /** What was found: 'page furniture "Page 3 of 9"', 'paragraph 7 after paragraph 5'. */
  found: string;
  /** What the parser did about it: 'removed', 'kept as paragraph 7'. */
  action: string;
}

export interface ParsedDocument {
  provisions: ParsedProvision[];
  warnings: ParseWarning[];
}

/** A provision of a stored version: identity (`provisionKey`) survives renumbering and edits. */
export interface KeyedProvision {
  provisionKey: string;
  number: string | null;
  heading: string | null;
  text: string;
  depth: number;
  parentKey: string | null;
  /** The number as printed (see ParsedProvision.label); absent for versions stored before labels were kept. */
  label?: string | null;
  kind?: ProvisionKind;
  /** Carried along when known so that a rendered version can print tables as tables. */
  table?: ParsedTable | null;
}
