-- Admin scope and separation of duties: an account without roles belongs to the panel whose
-- admin created it; a response remembers who last edited it; a panel setting (on by default)
-- requires the approver to be someone else.
ALTER TABLE "Panel" ADD COLUMN "approverMustDifferFromEditor" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "User" ADD COLUMN "createdForPanelId" TEXT;
ALTER TABLE "Response" ADD COLUMN "lastEditedById" TEXT;
UPDATE "Response" SET "lastEditedById" = "createdById";
