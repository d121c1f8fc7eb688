// The Leicestershire (LLR) demo record, built by code from the real documents in seed/data:
// see prisma/seed/README.md for what it holds and what in it is invented.
export { LLR_PANEL_SLUG, buildLeicestershireRecord } from './llr/build';
