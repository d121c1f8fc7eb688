-- Provenance: a version says where its text comes from and whether (and why) any of it is a
-- reconstruction; a provision says whether its own wording is; a letter how this copy relates to
-- the letter sent, a meeting what of its record is illustrative; a citation says whether the citing
-- text makes it or staff linked it; a response keeps the sentence its outcome rests on; a
-- response's citation that no paragraph can honestly be linked to is kept as cited.
CREATE TYPE "CitationSource" AS ENUM ('AS_WRITTEN', 'LINKED_BY_STAFF');

ALTER TABLE "DocumentVersion" ADD COLUMN "source" TEXT;
ALTER TABLE "DocumentVersion" ADD COLUMN "reconstructed" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "DocumentVersion" ADD COLUMN "reconstructionNote" TEXT;
ALTER TABLE "Provision" ADD COLUMN "reconstructed" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Response" ADD COLUMN "outcomeReason" TEXT;
ALTER TABLE "ResponseLetter" ADD COLUMN "provenanceNote" TEXT;
ALTER TABLE "Meeting" ADD COLUMN "provenanceNote" TEXT;

-- Citations made with words ("point 24") were resolved from the text; those without were linked by hand.
ALTER TABLE "RecommendationCitation" ADD COLUMN "source" "CitationSource" NOT NULL DEFAULT 'LINKED_BY_STAFF';
ALTER TABLE "ResponseCitation" ADD COLUMN "source" "CitationSource" NOT NULL DEFAULT 'LINKED_BY_STAFF';
UPDATE "RecommendationCitation" SET "source" = 'AS_WRITTEN' WHERE "cited" IS NOT NULL;
UPDATE "ResponseCitation" SET "source" = 'AS_WRITTEN' WHERE "cited" IS NOT NULL;

CREATE TABLE "UnresolvedCitation" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "cited" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UnresolvedCitation_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "UnresolvedCitation_responseId_idx" ON "UnresolvedCitation"("responseId");
CREATE INDEX "UnresolvedCitation_versionId_idx" ON "UnresolvedCitation"("versionId");
ALTER TABLE "UnresolvedCitation" ADD CONSTRAINT "UnresolvedCitation_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "UnresolvedCitation" ADD CONSTRAINT "UnresolvedCitation_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DocumentVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
