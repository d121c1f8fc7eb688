-- Membership over time, and decisions on agenda items with each member's vote (issue 17).
CREATE TYPE "MemberKind" AS ENUM ('COUNCILLOR', 'INDEPENDENT');
CREATE TYPE "PanelOffice" AS ENUM ('MEMBER', 'CHAIR', 'VICE_CHAIR');
CREATE TYPE "DecisionKind" AS ENUM ('ORDINARY', 'PRECEPT_VETO', 'CHIEF_CONSTABLE_VETO');
CREATE TYPE "DecisionOutcome" AS ENUM ('CARRIED', 'LOST');
CREATE TYPE "VoteValue" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN', 'ABSENT');

CREATE TABLE "PanelMember" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MemberKind" NOT NULL,
    "council" TEXT,
    "office" "PanelOffice" NOT NULL DEFAULT 'MEMBER',
    "votingRights" BOOLEAN NOT NULL DEFAULT true,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "PanelMember_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PanelMember_panelId_startsOn_idx" ON "PanelMember"("panelId", "startsOn");
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "Panel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "motion" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "decidedOn" DATE NOT NULL,
    "membersOnDay" INTEGER NOT NULL,
    "needed" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Decision_agendaItemId_idx" ON "Decision"("agendaItemId");
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "value" "VoteValue" NOT NULL,
    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Vote_decisionId_memberId_key" ON "Vote"("decisionId", "memberId");
CREATE INDEX "Vote_memberId_idx" ON "Vote"("memberId");
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PanelMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
