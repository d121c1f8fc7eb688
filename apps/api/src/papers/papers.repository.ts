import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';

@Injectable()
export class PapersRepository {
  constructor(private readonly prisma: PrismaService) {}

  meeting(id: string) {
    return this.prisma.meeting.findUnique({
      where: { id },
      select: { id: true, title: true, startsAt: true, panelId: true, panel: { select: { name: true } } },
    });
  }

  /** The panel's meeting before this one, whose tracker this one's follows. */
  previousMeeting(panelId: string, before: Date) {
    return this.prisma.meeting.findFirst({ where: { panelId, startsAt: { lt: before } }, orderBy: { startsAt: 'desc' }, select: { startsAt: true } });
  }

  /**
   * The panel's recommendations recorded before `until`, each with its PUBLISHED responses only
   * (the paper is public) and their commitments.
   */
  recommendations(panelId: string, until: Date) {
    return this.prisma.recommendation.findMany({
      where: { panelId, meeting: { startsAt: { lt: until } } },
      orderBy: [{ meeting: { startsAt: 'asc' } }, { number: 'asc' }],
      select: {
        id: true,
        number: true,
        text: true,
        dueAt: true,
        closedAt: true,
        withdrawnAt: true,
        meeting: { select: { title: true, startsAt: true } },
        responses: {
          where: { status: 'PUBLISHED' },
          orderBy: { publishedAt: 'asc' },
          select: {
            outcome: true,
            publishedAt: true,
            commitments: {
              orderBy: { position: 'asc' },
              select: { words: true, owner: true, dueAt: true, fulfilledAt: true, dueMeeting: { select: { startsAt: true } } },
            },
          },
        },
      },
    });
  }
}
