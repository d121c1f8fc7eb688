import { Prisma } from '@psp/db';
import type { Caller } from '../auth/principal';
import { panelColumnIn, responseVisibleSql, versionVisibleSql } from '../common/visibility.sql';

/** Who searches (what they may see beyond published material follows from it), and where. */
export interface SearchScope {
  caller: Caller;
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

/**
 * How many matches of each kind (paragraphs, recommendations, responses) are ranked. A word in a
 * quarter of all paragraphs matches ~150,000 of them nationally, and ranking every one takes
 * seconds; the best hits are chosen among the first matches of each kind instead. Below the cap
 * (any search within one panel for all but the commonest words) every match is ranked.
 */
export const SEARCH_CANDIDATES_PER_KIND = 1000;

// Matches and ranks use the stored "searchVector" (to_tsvector('english', "text")) of Provision,
// Recommendation and Response, served by their GIN indexes across panels (test/search.spec.ts
// checks the plan).
const query = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/** HTML-escapes the text before ts_headline marks it up, so the only markup in a headline is <mark>. */
const escapedText = (column: Prisma.Sql) => Prisma.sql`replace(replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')`;

const ids = (values: string[]) => Prisma.sql`${values}::text[]`;

/** The ids of the recommendations of these panels, computed once per statement (an InitPlan). */
const recommendationsOf = (panelIds: string[]) => Prisma.sql`ARRAY(SELECT own.id FROM "Recommendation" own WHERE own."panelId" = ANY(${ids(panelIds)}))`;

/**
 * Hits across provisions (of versions the caller may see), recommendations and responses (the
 * published ones, plus the OPCC's own), best first. Each kind contributes at most
 * SEARCH_CANDIDATES_PER_KIND matches to the ranking; ts_headline, the costly part, runs only on
 * the rows kept. Provisions identical in several versions of a document appear once, from the
 * newest.
 */
export function searchSql(q: string, scope: SearchScope, limit: number): Prisma.Sql {
  const inPanel = (column: Prisma.Sql) => (scope.panelId ? Prisma.sql`AND ${column} = ${scope.panelId}` : Prisma.empty);
  // Across all panels, the GIN index finds the matches (`@@`). Within one panel, the panel's own
  // rows (~15,000 paragraphs after a decade) are read through their panel and version indexes and
  // each tested: the function form of `@@`, which no index answers, keeps the planner from
  // fetching every match in the country first — it cannot estimate phrases ("anti-social" is one)
  // and did so, at 0.7 s a search, where testing the panel's rows takes 5–20 ms.
  const matches = (vector: Prisma.Sql) => (scope.panelId ? Prisma.sql`ts_match_vq(${vector}, ${query(q)})` : Prisma.sql`${vector} @@ ${query(q)}`);
  const cap = Prisma.sql`LIMIT ${SEARCH_CANDIDATES_PER_KIND}::int`;
  return Prisma.sql`
    SELECT hit.kind, hit.id, hit.rank, hit.panel, hit."versionId", hit."provisionKey", hit."recommendationId", hit."meetingId",
           hit."documentTitle", hit."versionLabel", hit.number, hit.heading, hit."recommendationNumber",
           ts_headline('english', ${escapedText(Prisma.sql`hit.text`)}, ${query(q)},
                       'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS highlight
    FROM (
      (SELECT DISTINCT ON (c."provisionKey", md5(c.text))
              c.kind, c.id, c.text, ts_rank(c."searchVector", ${query(q)}, 1) AS rank, c.panel, c."versionId", c."provisionKey",
              NULL::text AS "recommendationId", c."meetingId", c."documentTitle", c."versionLabel", c.number, c.heading,
              NULL::int AS "recommendationNumber"
       FROM (SELECT CASE WHEN d.kind = 'MINUTES' THEN 'minutes' ELSE 'provision' END AS kind,
                    p.id, p.text, p."searchVector", pa.slug AS panel, v.id AS "versionId", v.sequence, p."provisionKey", d."meetingId",
                    d.title AS "documentTitle", v.label AS "versionLabel", p.number, p.heading
             FROM "Provision" p
             JOIN "DocumentVersion" v ON v.id = p."versionId"
             JOIN "Document" d ON d.id = v."documentId"
             JOIN "Panel" pa ON pa.id = d."panelId"
             WHERE ${matches(Prisma.sql`p."searchVector"`)}
               AND ${versionVisibleSql(scope.caller, { status: Prisma.sql`v.status`, kind: Prisma.sql`d.kind`, inPanels: panelColumnIn(Prisma.sql`d."panelId"`) })}
               ${inPanel(Prisma.sql`d."panelId"`)}
             ${cap}) c
       ORDER BY c."provisionKey", md5(c.text), c.sequence DESC)
      UNION ALL
      (SELECT 'recommendation', c.id, c.text, ts_rank(c."searchVector", ${query(q)}, 1), c.panel,
              NULL, NULL, c.id, c."meetingId", NULL, NULL, NULL, NULL, c.number
       FROM (SELECT r.id, r.text, r."searchVector", pa.slug AS panel, r."meetingId", r.number
             FROM "Recommendation" r
             JOIN "Panel" pa ON pa.id = r."panelId"
             WHERE ${matches(Prisma.sql`r."searchVector"`)}
               ${inPanel(Prisma.sql`r."panelId"`)}
             ${cap}) c)
      UNION ALL
      (SELECT 'response', best.id, best.text, best.rank, pa.slug,
              NULL, NULL, r.id, r."meetingId", NULL, NULL, NULL, NULL, r.number
       -- Ranked on the response alone; its recommendation and panel are joined for the page only.
       FROM (SELECT c.id, c.text, c."recommendationId", ts_rank(c."searchVector", ${query(q)}, 1) AS rank
             FROM (SELECT s.id, s.text, s."searchVector", s."recommendationId"
                   FROM "Response" s
                   WHERE ${matches(Prisma.sql`s."searchVector"`)}
                     AND ${responseVisibleSql(scope.caller, { status: Prisma.sql`s.status`, inPanels: (panelIds) => Prisma.sql`s."recommendationId" = ANY(${recommendationsOf(panelIds)})` })}
                     ${
                       // The panel's responses by their recommendations' ids (an index lookup each),
                       // not a scan of every response in the country.
                       scope.panelId ? Prisma.sql`AND s."recommendationId" = ANY(${recommendationsOf([scope.panelId])})` : Prisma.empty
                     }
                   ${cap}) c
             ORDER BY rank DESC, c.id
             LIMIT ${limit}) best
       JOIN "Recommendation" r ON r.id = best."recommendationId"
       JOIN "Panel" pa ON pa.id = r."panelId")
      ORDER BY rank DESC, kind, id
      LIMIT ${limit}
    ) hit
    ORDER BY hit.rank DESC, hit.kind, hit.id`;
}
