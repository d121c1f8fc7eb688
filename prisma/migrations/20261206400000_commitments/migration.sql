-- Commitments: the promises a response makes, in its own words, tracked until fulfilled.
CREATE TYPE "CommitmentFulfilment" AS ENUM ('PAPER', 'MEETING_ITEM', 'PLAN_CHANGE');

CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "words" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3),
    "dueMeetingId" TEXT,
    "position" INTEGER NOT NULL,
    "fulfilledAt" TIMESTAMP(3),
    "fulfilment" "CommitmentFulfilment",
    "fulfilledByVersionId" TEXT,
    "fulfilledByAgendaItemId" TEXT,
    "fulfilmentNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Commitment_responseId_position_key" ON "Commitment"("responseId", "position");
CREATE INDEX "Commitment_dueMeetingId_idx" ON "Commitment"("dueMeetingId");

ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_dueMeetingId_fkey" FOREIGN KEY ("dueMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_fulfilledByVersionId_fkey" FOREIGN KEY ("fulfilledByVersionId") REFERENCES "DocumentVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_fulfilledByAgendaItemId_fkey" FOREIGN KEY ("fulfilledByAgendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
