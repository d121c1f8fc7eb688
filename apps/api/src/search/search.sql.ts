import type { SearchHitKind } from '@psp/contracts';
import { Prisma } from '@psp/db';
import type { Caller } from '../auth/principal';
import { panelColumnIn, responseVisibleSql, versionVisibleSql } from '../common/visibility.sql';

/** Who searches (what they may see beyond published material follows from it), and where. */
export interface SearchScope {
  caller: Caller;
  /** Only this panel, when the search is narrowed to one. */
  panelId: string | null;
}

/** Which hits a search keeps: of one kind, and dated within days (Europe/London, both ends included). */
export interface SearchFilters {
  kind: SearchHitKind | null;
  from: string | null;
  to: string | null;
}

export interface SearchRow {
  kind: SearchHitKind;
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
  /** The paragraph's number as printed ("5.0", "52(a)"), when stored. */
  label: string | null;
  heading: string | null;
  recommendationNumber: number | null;
  date: Date | null;
  reconstructed: boolean | null;
  /** Of a paragraph, every visible version in which it matched, newest first (the hit is the first). */
  matchedVersionIds: string[] | null;
  matchedVersionLabels: string[] | null;
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

/** The UTC moment at which `day` (YYYY-MM-DD) begins in Europe/London; `nextDay` for the day after. */
const londonDayStart = (day: string, nextDay = false) =>
  Prisma.sql`(((${day}::date + ${nextDay ? 1 : 0}::int)::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC')`;

/**
 * A hit's date: of a paragraph of minutes or a recommendation, its meeting's; of another paragraph,
 * its version's publication (or creation, for a draft). Looked up only for rows a date filter
 * tests or a page shows: a join for every candidate costs a search 5–10 ms.
 */
const meetingDate = (meetingId: Prisma.Sql) => Prisma.sql`(SELECT m."startsAt" FROM "Meeting" m WHERE m.id = ${meetingId})`;
const versionDate = (versionId: Prisma.Sql) => Prisma.sql`(SELECT COALESCE(v."publishedAt", v."createdAt") FROM "DocumentVersion" v WHERE v.id = ${versionId})`;

/** The date conditions on a hit's date column. */
function dateWithin(column: Prisma.Sql, filters: SearchFilters): Prisma.Sql {
  if (!filters.from && !filters.to) return Prisma.empty;
  return Prisma.sql`${filters.from ? Prisma.sql`AND ${column} >= ${londonDayStart(filters.from)}` : Prisma.empty}
                    ${filters.to ? Prisma.sql`AND ${column} < ${londonDayStart(filters.to, true)}` : Prisma.empty}`;
}

/**
 * Hits across provisions (of versions the caller may see), recommendations and responses (the
 * published ones, plus the OPCC's own), best first. Each kind contributes at most
 * SEARCH_CANDIDATES_PER_KIND matches to the ranking; ts_headline, the costly part, runs only on
 * the rows kept. A paragraph appears once, from the newest version in which it matched; the
 * others are listed with it (`matchedVersionIds`).
 */
export function searchSql(q: string, scope: SearchScope, limit: number, filters: SearchFilters = { kind: null, from: null, to: null }): Prisma.Sql {
  const inPanel = (column: Prisma.Sql) => (scope.panelId ? Prisma.sql`AND ${column} = ${scope.panelId}` : Prisma.empty);
  // Across all panels, the GIN index finds the matches (`@@`). Within one panel, the panel's own
  // rows (~15,000 paragraphs after a decade) are read through their panel and version indexes and
  // each tested: the function form of `@@`, which no index answers, keeps the planner from
  // fetching every match in the country first — it cannot estimate phrases ("anti-social" is one)
  // and did so, at 0.7 s a search, where testing the panel's rows takes 5–20 ms.
  const matches = (vector: Prisma.Sql) => (scope.panelId ? Prisma.sql`ts_match_vq(${vector}, ${query(q)})` : Prisma.sql`${vector} @@ ${query(q)}`);
  const cap = Prisma.sql`LIMIT ${SEARCH_CANDIDATES_PER_KIND}::int`;
  const wanted = (kind: SearchHitKind) => filters.kind === null || filters.kind === kind;
  const branches: Prisma.Sql[] = [];
  if (wanted('provision') || wanted('minutes')) {
    const documentKinds =
      filters.kind === 'minutes' ? Prisma.sql`AND d.kind = 'MINUTES'` : filters.kind === 'provision' ? Prisma.sql`AND d.kind <> 'MINUTES'` : Prisma.empty;
    branches.push(Prisma.sql`
      (SELECT DISTINCT ON (c."provisionKey")
              c.kind, c.id, c.text, ts_rank(c."searchVector", ${query(q)}, 1) AS rank, c.panel, c."versionId", c."provisionKey",
              NULL::text AS "recommendationId", c."meetingId", c."documentTitle", c."versionLabel", c.number, c.label, c.heading,
              NULL::int AS "recommendationNumber", NULL::timestamp AS date, c.reconstructed,
              array_agg(c."versionId") OVER folded AS "matchedVersionIds", array_agg(c."versionLabel") OVER folded AS "matchedVersionLabels"
       FROM (SELECT CASE WHEN d.kind = 'MINUTES' THEN 'minutes' ELSE 'provision' END AS kind,
                    p.id, p.text, p."searchVector", pa.slug AS panel, v.id AS "versionId", v.sequence, p."provisionKey", d."meetingId",
                    d.title AS "documentTitle", v.label AS "versionLabel", p.number, p.label, p.heading,
                    p.reconstructed
             FROM "Provision" p
             JOIN "DocumentVersion" v ON v.id = p."versionId"
             JOIN "Document" d ON d.id = v."documentId"
             JOIN "Panel" pa ON pa.id = d."panelId"
             WHERE ${matches(Prisma.sql`p."searchVector"`)}
               AND ${versionVisibleSql(scope.caller, { status: Prisma.sql`v.status`, kind: Prisma.sql`d.kind`, inPanels: panelColumnIn(Prisma.sql`d."panelId"`) })}
               ${inPanel(Prisma.sql`d."panelId"`)}
               ${documentKinds}
               ${dateWithin(Prisma.sql`COALESCE(${meetingDate(Prisma.sql`d."meetingId"`)}, v."publishedAt", v."createdAt")`, filters)}
             ${cap}) c
       WINDOW folded AS (PARTITION BY c."provisionKey" ORDER BY c.sequence DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
       ORDER BY c."provisionKey", c.sequence DESC)`);
  }
  if (wanted('recommendation')) {
    branches.push(Prisma.sql`
      (SELECT 'recommendation' AS kind, c.id, c.text, ts_rank(c."searchVector", ${query(q)}, 1) AS rank, c.panel,
              NULL AS "versionId", NULL AS "provisionKey", c.id AS "recommendationId", c."meetingId", NULL AS "documentTitle",
              NULL AS "versionLabel", NULL AS number, NULL AS label, NULL AS heading, c.number AS "recommendationNumber", NULL::timestamp AS date, false AS reconstructed,
              NULL::text[] AS "matchedVersionIds", NULL::text[] AS "matchedVersionLabels"
       FROM (SELECT r.id, r.text, r."searchVector", pa.slug AS panel, r."meetingId", r.number
             FROM "Recommendation" r
             JOIN "Panel" pa ON pa.id = r."panelId"
             WHERE ${matches(Prisma.sql`r."searchVector"`)}
               ${inPanel(Prisma.sql`r."panelId"`)}
               ${dateWithin(meetingDate(Prisma.sql`r."meetingId"`), filters)}
             ${cap}) c)`);
  }
  if (wanted('response')) {
    branches.push(Prisma.sql`
      (SELECT 'response' AS kind, best.id, best.text, best.rank, pa.slug AS panel,
              NULL AS "versionId", NULL AS "provisionKey", r.id AS "recommendationId", r."meetingId", NULL AS "documentTitle",
              NULL AS "versionLabel", NULL AS number, NULL AS label, NULL AS heading, r.number AS "recommendationNumber", best.date, false AS reconstructed,
              NULL::text[] AS "matchedVersionIds", NULL::text[] AS "matchedVersionLabels"
       -- Ranked on the response alone; its recommendation and panel are joined for the page only.
       FROM (SELECT c.id, c.text, c."recommendationId", c.date, ts_rank(c."searchVector", ${query(q)}, 1) AS rank
             FROM (SELECT s.id, s.text, s."searchVector", s."recommendationId", COALESCE(s."publishedAt", s."createdAt") AS date
                   FROM "Response" s
                   WHERE ${matches(Prisma.sql`s."searchVector"`)}
                     AND ${responseVisibleSql(scope.caller, { status: Prisma.sql`s.status`, inPanels: (panelIds) => Prisma.sql`s."recommendationId" = ANY(${recommendationsOf(panelIds)})` })}
                     ${
                       // The panel's responses by their recommendations' ids (an index lookup each),
                       // not a scan of every response in the country.
                       scope.panelId ? Prisma.sql`AND s."recommendationId" = ANY(${recommendationsOf([scope.panelId])})` : Prisma.empty
                     }
                     ${dateWithin(Prisma.sql`COALESCE(s."publishedAt", s."createdAt")`, filters)}
                   ${cap}) c
             ORDER BY rank DESC, c.id
             LIMIT ${limit}) best
       JOIN "Recommendation" r ON r.id = best."recommendationId"
       JOIN "Panel" pa ON pa.id = r."panelId")`);
  }
  return Prisma.sql`
    SELECT hit.kind, hit.id, hit.rank, hit.panel, hit."versionId", hit."provisionKey", hit."recommendationId", hit."meetingId",
           hit."documentTitle", hit."versionLabel", hit.number, hit.label, hit.heading, hit."recommendationNumber", hit.reconstructed,
           CASE WHEN hit.kind = 'response' THEN hit.date
                ELSE COALESCE(${meetingDate(Prisma.sql`hit."meetingId"`)}, ${versionDate(Prisma.sql`hit."versionId"`)}) END AS date,
           hit."matchedVersionIds", hit."matchedVersionLabels",
           ts_headline('english', ${escapedText(Prisma.sql`hit.text`)}, ${query(q)},
                       'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS highlight
    FROM (
      SELECT * FROM (${Prisma.join(branches, ' UNION ALL ')}) branch
      ORDER BY rank DESC, kind, id
      LIMIT ${limit}
    ) hit
    ORDER BY hit.rank DESC, hit.kind, hit.id`;
}

/**
 * The words of `q` spelt as the material the caller may see spells them ("rual crime" → "rural
 * crime"): texts containing something like the words (trigram word similarity, pg_trgm's `<%`,
 * served by the trigram indexes) give the vocabulary, and each typed word of three letters or
 * more becomes its most similar word there. Words with nothing similar stay as typed.
 */
export function correctionSql(q: string, scope: SearchScope): Prisma.Sql {
  const inPanel = (column: Prisma.Sql) => (scope.panelId ? Prisma.sql`AND ${column} = ${scope.panelId}` : Prisma.empty);
  return Prisma.sql`
    WITH candidates AS (
      (SELECT p.text
       FROM "Provision" p
       JOIN "DocumentVersion" v ON v.id = p."versionId"
       JOIN "Document" d ON d.id = v."documentId"
       WHERE ${q} <% p.text
         AND ${versionVisibleSql(scope.caller, { status: Prisma.sql`v.status`, kind: Prisma.sql`d.kind`, inPanels: panelColumnIn(Prisma.sql`d."panelId"`) })}
         ${inPanel(Prisma.sql`d."panelId"`)}
       LIMIT 50)
      UNION ALL
      (SELECT r.text FROM "Recommendation" r WHERE ${q} <% r.text ${inPanel(Prisma.sql`r."panelId"`)} LIMIT 20)
      UNION ALL
      (SELECT s.text
       FROM "Response" s
       JOIN "Recommendation" r ON r.id = s."recommendationId"
       WHERE ${q} <% s.text
         AND ${responseVisibleSql(scope.caller, { status: Prisma.sql`s.status`, inPanels: panelColumnIn(Prisma.sql`r."panelId"`) })}
         ${inPanel(Prisma.sql`r."panelId"`)}
       LIMIT 20)
    ),
    vocabulary AS (
      SELECT DISTINCT lower(word) AS word FROM candidates, regexp_split_to_table(candidates.text, '[^[:alnum:]]+') AS word WHERE length(word) > 2
    ),
    typed AS (
      SELECT word, ordinal FROM regexp_split_to_table(lower(${q}), '[^[:alnum:]]+') WITH ORDINALITY AS t(word, ordinal) WHERE word <> ''
    )
    SELECT string_agg(COALESCE(best.word, typed.word), ' ' ORDER BY typed.ordinal) AS corrected
    FROM typed
    LEFT JOIN LATERAL (
      SELECT vocabulary.word FROM vocabulary
      WHERE length(typed.word) > 2 AND vocabulary.word % typed.word
      ORDER BY similarity(vocabulary.word, typed.word) DESC, vocabulary.word
      LIMIT 1
    ) best ON true`;
}

/** The newest version the caller may see of each plan (of the panel, or of every panel). */
export function currentPlanVersionsSql(scope: SearchScope): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (d.id) v.id
    FROM "DocumentVersion" v
    JOIN "Document" d ON d.id = v."documentId"
    WHERE d.kind = 'PLAN'
      AND ${versionVisibleSql(scope.caller, { status: Prisma.sql`v.status`, kind: Prisma.sql`d.kind`, inPanels: panelColumnIn(Prisma.sql`d."panelId"`) })}
      ${scope.panelId ? Prisma.sql`AND d."panelId" = ${scope.panelId}` : Prisma.empty}
    ORDER BY d.id, v.sequence DESC`;
}
