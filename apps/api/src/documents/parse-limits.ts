// How much one import may hold, and the messages between the API and its parsing worker.
import type { KeyedProvision, ParsedDocument, PlanImportErrorCode, ProvisionMatch } from '@psp/plan-text';

/** Numbered paragraphs, points and blocks in one version: a national plan has ~300, a long report ~1,000. */
export const MAX_PROVISIONS = 5_000;
/** Characters in one paragraph: the longest real ones run to a few thousand. */
export const MAX_PROVISION_CHARS = 50_000;
/** Heap of the parsing worker: a crafted file that needs more is stopped there, not in the API. */
export const PARSE_HEAP_MB = 256;
/** A parse that takes longer is stopped: a real 10 MB document parses in a second or two. */
export const PARSE_TIME_LIMIT_MS = 30_000;

export type ParseSource = { kind: 'docx'; buffer: Uint8Array } | { kind: 'text'; text: string };
/** What the worker reads and keys: the source, and the version it follows (keys follow its paragraphs; new ones start with `keyPrefix`). */
export interface ParseJob {
  source: ParseSource;
  previous: KeyedProvision[];
  keyPrefix: string;
}
export interface KeyedImport {
  parsed: ParsedDocument;
  provisions: KeyedProvision[];
  matches: ProvisionMatch[];
}
export type ParseOutcome = ({ ok: true } & KeyedImport) | { ok: false; code: PlanImportErrorCode; message: string };

/** Why a parsed document is too large to import, or null. */
export function checkParsedSize(parsed: ParsedDocument): string | null {
  if (parsed.provisions.length > MAX_PROVISIONS) {
    return `The document has ${parsed.provisions.length.toLocaleString('en-GB')} paragraphs and points; at most ${MAX_PROVISIONS.toLocaleString('en-GB')} can be imported as one version.`;
  }
  const longest = parsed.provisions.reduce((max, provision) => Math.max(max, provision.text.length), 0);
  if (longest > MAX_PROVISION_CHARS) {
    return `One paragraph holds ${longest.toLocaleString('en-GB')} characters; a paragraph may hold at most ${MAX_PROVISION_CHARS.toLocaleString('en-GB')}. Check that the numbering was found.`;
  }
  return null;
}
