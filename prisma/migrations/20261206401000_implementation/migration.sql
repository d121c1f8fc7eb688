-- Implementation after the answer: OPCC progress and the panel's verdict.
CREATE TYPE "ImplementationState" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED', 'NOT_IMPLEMENTED', 'SUPERSEDED');

ALTER TABLE "Recommendation" ADD COLUMN "implementationState" "ImplementationState";

CREATE TABLE "ImplementationUpdate" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "state" "ImplementationState" NOT NULL,
    "note" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "verdictMeetingId" TEXT,
    "verdictMinute" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ImplementationUpdate_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ImplementationUpdate_recommendationId_createdAt_idx" ON "ImplementationUpdate"("recommendationId", "createdAt");

ALTER TABLE "ImplementationUpdate" ADD CONSTRAINT "ImplementationUpdate_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ImplementationUpdate" ADD CONSTRAINT "ImplementationUpdate_verdictMeetingId_fkey" FOREIGN KEY ("verdictMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
