-- An agenda item whose paper the portal writes from its data: the recommendations tracker.
CREATE TYPE "GeneratedPaper" AS ENUM ('RECOMMENDATIONS_TRACKER');
ALTER TABLE "AgendaItem" ADD COLUMN "generatedPaper" "GeneratedPaper";
