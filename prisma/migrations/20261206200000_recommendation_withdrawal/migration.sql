-- A recommendation recorded by mistake is withdrawn, never deleted: it is kept with the reason,
-- shown struck through, and left out of the counts (its status derives from "withdrawnAt").
ALTER TABLE "Recommendation" ADD COLUMN "withdrawnAt" TIMESTAMP(3);
ALTER TABLE "Recommendation" ADD COLUMN "withdrawnReason" TEXT;
