import { Prisma } from '@psp/db';

/**
 * What the caller may see beyond published material, as panel ids: unpublished plan and report
 * versions, unpublished minutes, unpublished responses.
 */
export interface SearchScope {
  draftPlanPanelIds: string[];
  draftMinutesPanelIds: string[];
  unpublishedResponsePanelIds: string[];
  /** Only this panel, when the search is narrowed to one. */
  panelId: string | null;
}

export interface SearchRow {
  kind: 'provision' | 'minutes' | 'recommendation' | 'response';
  id: string;
  rank: number;
  highlight: string;
  panel: string;
  versionId: string | null;
  provisionKey: string | null;
  recommendationId: string | null;
  meetingId: string | null;
  documentTitle: string | null;
  versionLabel: string | null;
  number: string | null;
  heading: string | null;
  recommendationNumber: number | null;
}

// Every match is written `to_tsvector('english', <alias>."text")`: exactly the expression of the
// GIN indexes Provision_fts_idx, Recommendation_fts_idx and Response_fts_idx, so PostgreSQL can
// answer `@@` from them (test/search.spec.ts checks the plan).
const query = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/** HTML-escapes the text before ts_headline marks it up, so the only markup in a headline is <mark>. */
const escapedText = (column: Prisma.Sql) =>
  Prisma.sql`replace(replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')`;

const ids = (values: string[]) => Prisma.sql`${values}::text[]`;

/**
 * Hits across provisions (of versions the caller may see), recommendations and responses (the
 * published ones, plus the OPCC's own), best first. ts_headline, the costly part, runs only on the
 * rows kept. Provisions identical in several versions of a document appear once, from the newest.
 */
export function searchSql(q: string, scope: SearchScope, limit: number): Prisma.Sql {
  const inPanel = (column: Prisma.Sql) => (scope.panelId ? Prisma.sql`AND ${column} = ${scope.panelId}` : Prisma.empty);
  return Prisma.sql`
    SELECT hit.kind, hit.id, hit.rank, hit.panel, hit."versionId", hit."provisionKey", hit."recommendationId", hit."meetingId",
           hit."documentTitle", hit."versionLabel", hit.number, hit.heading, hit."recommendationNumber",
           ts_headline('english', ${escapedText(Prisma.sql`hit.text`)}, ${query(q)},
                       'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS highlight
    FROM (
      (SELECT DISTINCT ON (p."provisionKey", md5(p.text))
              CASE WHEN d.kind = 'MINUTES' THEN 'minutes' ELSE 'provision' END AS kind,
              p.id, p.text, ts_rank(to_tsvector('english', p."text"), ${query(q)}, 1) AS rank, pa.slug AS panel,
              v.id AS "versionId", p."provisionKey", NULL::text AS "recommendationId", d."meetingId",
              d.title AS "documentTitle", v.label AS "versionLabel", p.number, p.heading, NULL::int AS "recommendationNumber"
       FROM "Provision" p
       JOIN "DocumentVersion" v ON v.id = p."versionId"
       JOIN "Document" d ON d.id = v."documentId"
       JOIN "Panel" pa ON pa.id = d."panelId"
       WHERE to_tsvector('english', p."text") @@ ${query(q)}
         AND (v.status = 'PUBLISHED'
              OR (d.kind = 'MINUTES' AND d."panelId" = ANY(${ids(scope.draftMinutesPanelIds)}))
              OR (d.kind <> 'MINUTES' AND d."panelId" = ANY(${ids(scope.draftPlanPanelIds)})))
         ${inPanel(Prisma.sql`d."panelId"`)}
       ORDER BY p."provisionKey", md5(p.text), v.sequence DESC)
      UNION ALL
      (SELECT 'recommendation', r.id, r.text, ts_rank(to_tsvector('english', r."text"), ${query(q)}, 1), pa.slug,
              NULL, NULL, r.id, r."meetingId", NULL, NULL, NULL, NULL, r.number
       FROM "Recommendation" r
       JOIN "Panel" pa ON pa.id = r."panelId"
       WHERE to_tsvector('english', r."text") @@ ${query(q)}
         ${inPanel(Prisma.sql`r."panelId"`)})
      UNION ALL
      (SELECT 'response', s.id, s.text, ts_rank(to_tsvector('english', s."text"), ${query(q)}, 1), pa.slug,
              NULL, NULL, r.id, r."meetingId", NULL, NULL, NULL, NULL, r.number
       FROM "Response" s
       JOIN "Recommendation" r ON r.id = s."recommendationId"
       JOIN "Panel" pa ON pa.id = r."panelId"
       WHERE to_tsvector('english', s."text") @@ ${query(q)}
         AND (s.status = 'PUBLISHED' OR r."panelId" = ANY(${ids(scope.unpublishedResponsePanelIds)}))
         ${inPanel(Prisma.sql`r."panelId"`)})
      ORDER BY rank DESC, kind, id
      LIMIT ${limit}
    ) hit
    ORDER BY hit.rank DESC, hit.kind, hit.id`;
}
