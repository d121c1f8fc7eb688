-- Every audit event records the client address of the request that made it (the request id
-- column already exists and is now filled in).
ALTER TABLE "AuditEvent" ADD COLUMN "clientAddress" TEXT;
