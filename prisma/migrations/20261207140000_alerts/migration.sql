-- Follow by email: subscriptions, the outbox of messages, and the worker's cursor over the audit trail (issue 17, item 6).
CREATE TYPE "SubscriptionTarget" AS ENUM ('PANEL', 'MEETING', 'RECOMMENDATION');
CREATE TYPE "AlertFrequency" AS ENUM ('IMMEDIATE', 'DAILY');

CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "target" "SubscriptionTarget" NOT NULL,
    "targetId" TEXT NOT NULL,
    "frequency" "AlertFrequency" NOT NULL DEFAULT 'IMMEDIATE',
    "token" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Subscription_token_key" ON "Subscription"("token");
CREATE UNIQUE INDEX "Subscription_email_target_targetId_key" ON "Subscription"("email", "target", "targetId");
CREATE INDEX "Subscription_panelId_target_targetId_idx" ON "Subscription"("panelId", "target", "targetId");

CREATE TABLE "AlertMessage" (
    "id" TEXT NOT NULL,
    "subscriptionId" TEXT,
    "toEmail" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "auditEventId" BIGINT,
    "dueAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "digestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AlertMessage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AlertMessage_subscriptionId_auditEventId_key" ON "AlertMessage"("subscriptionId", "auditEventId");
CREATE INDEX "AlertMessage_sentAt_dueAt_idx" ON "AlertMessage"("sentAt", "dueAt");
ALTER TABLE "AlertMessage" ADD CONSTRAINT "AlertMessage_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "AlertCursor" (
    "id" INTEGER NOT NULL,
    "lastAuditEventId" BIGINT NOT NULL,
    CONSTRAINT "AlertCursor_pkey" PRIMARY KEY ("id")
);
