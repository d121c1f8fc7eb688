import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';

/** Failed sign-ins per key, in PostgreSQL so the limit holds across API replicas. */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Seconds until the key may try again, or 0. */
  async lockedFor(key: string, now: Date): Promise<number> {
    const row = await this.prisma.loginThrottle.findUnique({ where: { key } });
    if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
    return (row.lockedUntil.getTime() - now.getTime()) / 1000;
  }

  /** Counts a failure atomically (a fresh window once the old one has passed); locks the key
   *  for the window once it reaches the limit. */
  async recordFailure(key: string, now: Date, maxFailures: number, windowMinutes: number): Promise<void> {
    const windowStartedBefore = new Date(now.getTime() - windowMinutes * 60_000);
    const rows = await this.prisma.$queryRaw<Array<{ failures: number }>>`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStartedBefore} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStartedBefore} THEN ${now} ELSE "LoginThrottle"."windowStart" END
      RETURNING "failures"`;
    if ((rows[0]?.failures ?? 0) >= maxFailures) {
      await this.prisma.loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + windowMinutes * 60_000) } });
    }
  }

  async clear(key: string): Promise<void> {
    await this.prisma.loginThrottle.deleteMany({ where: { key } });
  }
}
