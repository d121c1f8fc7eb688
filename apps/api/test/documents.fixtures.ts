// The Leicestershire record's document ids, and an unpublished plan version made the way the OPCC
// makes one: by importing the published plan with a change of their own.
import type { DocumentVersionDetail, Provision } from '@psp/contracts';
import { renderPlanText } from '@psp/plan-text';
import type { SignedIn } from './harness';

export const PANEL = 'leicestershire';
export const PLAN = 'llr-doc-plan-2017-2021';
export const DRAFT_PLAN_V1 = `${PLAN}-v1`;
export const PUBLISHED_PLAN_V2 = `${PLAN}-v2`;
export const REPORT = 'llr-doc-report-first-100-days';
export const REPORT_V1 = `${REPORT}-v1`;
export const MINUTES = 'llr-doc-minutes-2016-12-07';
export const MINUTES_V1 = `${MINUTES}-v1`;
/** Paragraph 32 (cyber-crime) of the plan, in both versions. */
export const PARA_32_KEY = 'llr-plan-2017-0098';

/** The published plan as plain text, ready to be edited and imported again. */
export async function publishedPlanText(signedIn: SignedIn): Promise<string> {
  const response = await signedIn.agent.get(`/api/document-versions/${PUBLISHED_PLAN_V2}`);
  if (response.status !== 200) throw new Error(`cannot read the published plan: ${response.status}`);
  return renderPlanText(
    (response.body as DocumentVersionDetail).provisions.map((p) => ({
      number: p.number,
      heading: p.heading ?? null,
      text: p.text,
      kind: p.kind ?? 'PARAGRAPH',
      depth: p.depth,
      table: p.table ?? null,
    })),
  );
}

/**
 * Imports, as `importer` (an OPCC role), a DRAFT version of the plan based on the published one,
 * with a new paragraph 72 whose text holds `marker` (so new to this version, whatever drafts came
 * before); the published 72, the closing words, becomes 73.
 */
export async function importDraftPlan(
  importer: SignedIn,
  marker: string,
  label = `Draft with ${marker}`,
): Promise<{ version: DocumentVersionDetail; newParagraph: Provision }> {
  const published = await publishedPlanText(importer);
  if (published.split('\n72. ').length !== 2) throw new Error('the published plan no longer has one paragraph 72');
  const text = published.replace('\n72. ', `\n72. A paragraph only this draft has: ${marker} pilot for rural communities.\n\n73. `);
  const response = await importer.agent
    .post(`/api/documents/${PLAN}/versions`)
    .set('X-CSRF-Token', importer.csrfToken)
    .send({ label, text, basedOnId: PUBLISHED_PLAN_V2 });
  if (response.status !== 201) throw new Error(`import failed: ${response.status} ${JSON.stringify(response.body)}`);
  const version = response.body as DocumentVersionDetail;
  const newParagraph = version.provisions.find((p) => p.text.includes(marker));
  if (!newParagraph) throw new Error('the imported draft lost its new paragraph');
  return { version, newParagraph };
}
