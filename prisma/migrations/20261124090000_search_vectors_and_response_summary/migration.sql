-- Full-text search ranks against a vector stored with the row, instead of parsing the text again
-- for every match (the expression indexes only answered `@@`; ranking re-parsed each text).
DROP INDEX "Provision_fts_idx";
DROP INDEX "Recommendation_fts_idx";
DROP INDEX "Response_fts_idx";

-- AlterTable
ALTER TABLE "Provision" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN "firstPublishedResponseAt" TIMESTAMP(3),
ADD COLUMN "latestOutcome" "ResponseOutcome",
ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;

-- DropIndex
DROP INDEX "Recommendation_meetingId_idx";

-- CreateIndex
CREATE INDEX "Recommendation_meetingId_panelId_idx" ON "Recommendation"("meetingId", "panelId");

-- CreateIndex
CREATE INDEX "Provision_searchVector_idx" ON "Provision" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Recommendation_searchVector_idx" ON "Recommendation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Response_searchVector_idx" ON "Response" USING GIN ("searchVector");

-- A recommendation's status and latest outcome derive from its PUBLISHED responses. The two facts
-- they need are kept on the recommendation row by the database itself, whichever code path
-- writes a response, so the tracker filters and sorts one row per recommendation.
CREATE FUNCTION "recommendation_response_summary_refresh"(ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Recommendation" r
     SET "firstPublishedResponseAt" = s.first_published_at, "latestOutcome" = s.latest_outcome
    FROM (SELECT rec.id,
                 (SELECT min(coalesce(x."publishedAt", x."createdAt")) FROM "Response" x
                   WHERE x."recommendationId" = rec.id AND x.status = 'PUBLISHED') AS first_published_at,
                 (SELECT x.outcome FROM "Response" x
                   WHERE x."recommendationId" = rec.id AND x.status = 'PUBLISHED'
                   ORDER BY x."publishedAt" DESC NULLS LAST, x."createdAt" DESC, x.id DESC LIMIT 1) AS latest_outcome
            FROM "Recommendation" rec JOIN (SELECT DISTINCT unnest(ids) AS id) wanted ON wanted.id = rec.id) s
   WHERE r.id = s.id
     AND (r."firstPublishedResponseAt", r."latestOutcome") IS DISTINCT FROM (s.first_published_at, s.latest_outcome);
$$;

CREATE FUNCTION "response_refreshes_recommendation_summary"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        ids := ARRAY[NEW."recommendationId"];
    ELSIF TG_OP = 'DELETE' THEN
        ids := ARRAY[OLD."recommendationId"];
    ELSE
        ids := ARRAY[OLD."recommendationId", NEW."recommendationId"];
    END IF;
    -- Lock the recommendation first. Two publications for one recommendation then take turns, and
    -- the refresh (a new statement, so a new snapshot under READ COMMITTED) sees the other's
    -- committed response instead of overwriting its summary.
    PERFORM 1 FROM "Recommendation" WHERE id = ANY(ids) ORDER BY id FOR UPDATE;
    PERFORM "recommendation_response_summary_refresh"(ids);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Response_published_insert" AFTER INSERT ON "Response"
    FOR EACH ROW WHEN (NEW.status = 'PUBLISHED')
    EXECUTE FUNCTION "response_refreshes_recommendation_summary"();

CREATE TRIGGER "Response_published_update" AFTER UPDATE OF status, "publishedAt", outcome, "recommendationId", "createdAt" ON "Response"
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED')
    EXECUTE FUNCTION "response_refreshes_recommendation_summary"();

CREATE TRIGGER "Response_published_delete" AFTER DELETE ON "Response"
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED')
    EXECUTE FUNCTION "response_refreshes_recommendation_summary"();

SELECT "recommendation_response_summary_refresh"(ARRAY(SELECT DISTINCT "recommendationId" FROM "Response" WHERE status = 'PUBLISHED'));
