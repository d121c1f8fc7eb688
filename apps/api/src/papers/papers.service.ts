import { Injectable } from '@nestjs/common';
import { notFound } from '../common/problem';
import { paperDocx, paperPdf } from '../common/paper';
import { PapersRepository } from './papers.repository';
import { trackerBlocks } from './tracker-paper';

export type PaperFormat = 'docx' | 'pdf';

@Injectable()
export class PapersService {
  constructor(private readonly papers: PapersRepository) {}

  /** The recommendations tracker for a meeting (public: it holds published material only). */
  async tracker(meetingId: string, format: PaperFormat): Promise<Buffer> {
    const meeting = await this.papers.meeting(meetingId);
    if (!meeting) throw notFound('Meeting');
    const [previous, recommendations] = await Promise.all([
      this.papers.previousMeeting(meeting.panelId, meeting.startsAt),
      this.papers.recommendations(meeting.panelId, meeting.startsAt),
    ]);
    const blocks = trackerBlocks({
      panelName: meeting.panel.name,
      meeting,
      previousMeetingAt: previous?.startsAt ?? null,
      recommendations,
      now: new Date(),
    });
    const info = { title: `Recommendations tracker: ${meeting.title}`, author: meeting.panel.name };
    return format === 'docx' ? paperDocx(blocks, info) : paperPdf(blocks, info);
  }
}
