// The plan-text engine: pure functions, no framework and no I/O, safe to bundle into the web app.
// Word import lives in './docx' (it needs mammoth) and is deliberately not re-exported here.
export type { KeyedProvision, ParsedDocument, ParsedProvision, ParsedTable, ParseWarning, ProvisionKind } from './types';
export {
  MAX_ROMAN,
  compareNumbers,
  formatNumber,
  fromRoman,
  isNormalisedNumber,
  isRoman,
  lastSegment,
  letterIndex,
  letterLabel,
  normaliseNumber,
  numberDepth,
  parentNumber,
  toRoman,
  type NumberStyle,
} from './numbering';
export { labelIndex, printedLabelKey, provisionsForPrintedLabel, type LabelledProvision } from './labels';
export { FOREWORD_HEADING, importPlanText, parsePlanText } from './parse';
export { renderPlanText, type RenderableProvision } from './render';
export { PlanImportError, isPlanImportError, type PlanImportErrorCode } from './errors';
export {
  assignProvisionKeys,
  matchProvisions,
  reviewMatches,
  type MatchRelation,
  type MatchReviewEntry,
  type ProvisionMatch,
  type ReviewRelation,
} from './match';
export {
  MAX_RANGE_SPAN,
  findCitations,
  resolveCitations,
  type CitableProvision,
  type CitationCue,
  type CitationMatch,
  type CitingDocumentKind,
  type ResolvedReference,
  type UnlinkedReason,
} from './citations';
export {
  diffVersions,
  diffWords,
  provisionHistory,
  type ChangeKind,
  type ProvisionDiff,
  type ProvisionHistoryEntry,
  type ProvisionSide,
  type WordChange,
} from './diff';
