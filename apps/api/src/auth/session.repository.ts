import { Injectable } from '@nestjs/common';
import type { RoleName } from '@psp/domain';
import { PrismaService } from '../common/prisma.service';

export interface SessionWithUser {
  id: string;
  csrfToken: string;
  idleExpiresAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
  user: {
    id: string;
    email: string;
    name: string;
    active: boolean;
    memberships: Array<{ panelId: string; role: RoleName; panel: { slug: string } }>;
  };
}

@Injectable()
export class SessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { id: string; userId: string; csrfToken: string; idleExpiresAt: Date; expiresAt: Date; userAgent: string | null }) {
    return this.prisma.session.create({ data });
  }

  find(id: string): Promise<SessionWithUser | null> {
    return this.prisma.session.findUnique({
      where: { id },
      select: {
        id: true,
        csrfToken: true,
        idleExpiresAt: true,
        expiresAt: true,
        lastSeenAt: true,
        user: {
          select: {
            id: true,
            email: true,
            name: true,
            active: true,
            memberships: { select: { panelId: true, role: true, panel: { select: { slug: true } } } },
          },
        },
      },
    });
  }

  async touch(id: string, lastSeenAt: Date, idleExpiresAt: Date): Promise<void> {
    await this.prisma.session.updateMany({ where: { id }, data: { lastSeenAt, idleExpiresAt } });
  }

  async delete(id: string): Promise<void> {
    await this.prisma.session.deleteMany({ where: { id } });
  }

  /** Sessions past their absolute expiry (indexed); idle-expired ones go when they reach it. */
  async deleteExpired(now: Date): Promise<number> {
    const { count } = await this.prisma.session.deleteMany({ where: { expiresAt: { lt: now } } });
    return count;
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.prisma.session.deleteMany({ where: { userId } });
  }
}
