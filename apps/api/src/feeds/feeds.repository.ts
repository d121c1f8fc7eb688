import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';

/** How many of each kind of published thing a feed carries, newest first. */
const PER_KIND = 100;

@Injectable()
export class FeedsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every meeting of the panel, in date order, with its agenda's titles (meetings are public from the day they are called). */
  meetings(panelId: string) {
    return this.prisma.meeting.findMany({
      where: { panelId },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        title: true,
        startsAt: true,
        location: true,
        status: true,
        updatedAt: true,
        agendaItems: { orderBy: { position: 'asc' }, select: { number: true, title: true } },
      },
    });
  }

  /**
   * What the panel has published, each kind newest first: recommendations (public once recorded,
   * except one withdrawn as recorded by mistake), and only PUBLISHED responses, letters and
   * document versions (plans, reports, minutes).
   */
  async published(panelId: string) {
    const [recommendations, responses, letters, versions] = await Promise.all([
      this.prisma.recommendation.findMany({
        where: { panelId, withdrawnAt: null },
        orderBy: [{ meeting: { startsAt: 'desc' } }, { number: 'desc' }],
        take: PER_KIND,
        select: { id: true, number: true, text: true, updatedAt: true, meeting: { select: { title: true, startsAt: true } } },
      }),
      this.prisma.response.findMany({
        where: { status: 'PUBLISHED', publishedAt: { not: null }, recommendation: { panelId } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        take: PER_KIND,
        select: { id: true, outcome: true, text: true, publishedAt: true, updatedAt: true, recommendation: { select: { id: true, number: true } } },
      }),
      this.prisma.responseLetter.findMany({
        where: { panelId, status: 'PUBLISHED', publishedAt: { not: null } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        take: PER_KIND,
        select: { id: true, reference: true, subject: true, publishedAt: true, updatedAt: true },
      }),
      this.prisma.documentVersion.findMany({
        where: { status: 'PUBLISHED', publishedAt: { not: null }, document: { panelId } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        take: PER_KIND,
        select: { id: true, label: true, publishedAt: true, updatedAt: true, document: { select: { title: true, kind: true, meetingId: true } } },
      }),
    ]);
    return { recommendations, responses, letters, versions };
  }
}
