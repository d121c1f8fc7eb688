-- Search that forgives misspellings ("rual crime"): trigram similarity from pg_trgm, which ships
-- with PostgreSQL itself (a trusted extension: a database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Provision_text_trgm_idx" ON "Provision" USING GIN ("text" gin_trgm_ops);
CREATE INDEX "Recommendation_text_trgm_idx" ON "Recommendation" USING GIN ("text" gin_trgm_ops);
CREATE INDEX "Response_text_trgm_idx" ON "Response" USING GIN ("text" gin_trgm_ops);
