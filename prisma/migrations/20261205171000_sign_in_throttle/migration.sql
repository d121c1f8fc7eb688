-- Sign-in throttling by growing delays instead of a fixed lockout: the time of the last failure
-- replaces the lock's end (which is now derived from the window and the rules in @psp/domain).
ALTER TABLE "LoginThrottle" DROP COLUMN "lockedUntil";
ALTER TABLE "LoginThrottle" ADD COLUMN "lastFailureAt" TIMESTAMP(3);
