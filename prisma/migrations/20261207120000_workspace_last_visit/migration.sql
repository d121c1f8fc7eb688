-- When each person last read their workspace, and the visit before: a councillor's "answered since my last visit".
ALTER TABLE "User" ADD COLUMN "lastWorkspaceVisitAt" TIMESTAMP(3);
ALTER TABLE "User" ADD COLUMN "previousWorkspaceVisitAt" TIMESTAMP(3);
