-- Statutory procedures tracked step by step (issue 17, item 4).
CREATE TYPE "ProcedureKind" AS ENUM ('PRECEPT', 'CONFIRMATION_HEARING', 'PLAN_REVIEW', 'ANNUAL_REPORT');

CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "kind" "ProcedureKind" NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER,
    "startedOn" DATE,
    "vetoed" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Procedure_panelId_kind_idx" ON "Procedure"("panelId", "kind");
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ProcedureStep" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "doneOn" DATE NOT NULL,
    "meetingId" TEXT,
    "paperVersionId" TEXT,
    "decisionId" TEXT,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProcedureStep_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProcedureStep_procedureId_code_key" ON "ProcedureStep"("procedureId", "code");
ALTER TABLE "ProcedureStep" ADD CONSTRAINT "ProcedureStep_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ProcedureRule" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "kind" "ProcedureKind" NOT NULL,
    "code" TEXT NOT NULL,
    "daysAfterStart" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProcedureRule_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProcedureRule_panelId_kind_code_key" ON "ProcedureRule"("panelId", "kind", "code");
ALTER TABLE "ProcedureRule" ADD CONSTRAINT "ProcedureRule_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
