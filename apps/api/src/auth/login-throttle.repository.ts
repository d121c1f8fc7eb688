import { Injectable } from '@nestjs/common';
import { secondsToWait, type ThrottleRule } from '@psp/domain';
import { PrismaService } from '../common/prisma.service';

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

/**
 * Failed sign-ins per key, in PostgreSQL so the limit holds across API processes. A try is
 * counted as a failure before its password is checked, under a row lock on every key it touches,
 * so simultaneous tries take turns: no more of them are checked than the rules allow, however
 * many arrive at once. A try that succeeds is forgiven afterwards.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Seconds the caller must wait (nothing counted), or 0 once this try is counted and may be checked. */
  async reserve(keys: ThrottleKey[], now: Date, windowMinutes: number): Promise<number> {
    // Keys are locked in one order, so two tries sharing keys never wait for each other in a circle.
    const ordered = [...keys].sort((a, b) => a.key.localeCompare(b.key));
    const windowStartedBefore = new Date(now.getTime() - windowMinutes * 60_000);
    return this.prisma.$transaction(async (tx) => {
      let wait = 0;
      for (const { key, rule } of ordered) {
        await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
        const [row] = await tx.$queryRaw<Array<{ failures: number; windowStart: Date; lastFailureAt: Date | null }>>`
          SELECT "failures", "windowStart", "lastFailureAt" FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
        const current = row && row.windowStart >= windowStartedBefore ? row : null;
        wait = Math.max(wait, secondsToWait(rule, current, now, windowMinutes));
      }
      if (wait > 0) return wait;
      for (const { key } of ordered) {
        await tx.$executeRaw`
          UPDATE "LoginThrottle" SET
            "failures" = CASE WHEN "windowStart" < ${windowStartedBefore} THEN 1 ELSE "failures" + 1 END,
            "windowStart" = CASE WHEN "windowStart" < ${windowStartedBefore} THEN ${now} ELSE "windowStart" END,
            "lastFailureAt" = ${now}
          WHERE "key" = ${key}`;
      }
      return 0;
    });
  }

  /** A try that succeeded: the pair and the account start afresh; the client's count loses this one try. */
  async forgive(cleared: string[], decremented: string[]): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.loginThrottle.deleteMany({ where: { key: { in: cleared } } }),
      this.prisma.$executeRaw`UPDATE "LoginThrottle" SET "failures" = greatest("failures" - 1, 0) WHERE "key" = ANY(${decremented}::text[])`,
    ]);
  }
}
