import { Injectable } from '@nestjs/common';
import { OUTCOME_WORDS } from '../common/paper';
import { PanelsService } from '../panels/panels.service';
import { atomFeed, type AtomEntry } from './atom';
import { FeedsRepository } from './feeds.repository';
import { icalendar, type CalendarEvent } from './icalendar';

/** The calendar's statutory deadlines: the timetable running last year, this year and next. */
const DEADLINE_YEARS = [-1, 0, 1] as const;
/** Entries in the Atom feed: the newest of everything published. */
const FEED_ENTRIES = 100;

const summaryOf = (text: string, length = 300) => (text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, '')}…`);

/** A panel's public calendar (meetings and statutory deadlines) and its feed of what is published. Nothing unpublished reaches either. */
@Injectable()
export class FeedsService {
  constructor(
    private readonly panels: PanelsService,
    private readonly feeds: FeedsRepository,
  ) {}

  async calendar(slug: string, origin: string, now = new Date()): Promise<string> {
    const panel = await this.panels.panelBySlug(slug);
    const meetings = await this.feeds.meetings(panel.id);
    const events: CalendarEvent[] = meetings.map((meeting) => ({
      uid: `meeting-${meeting.id}@panel-scrutiny-portal`,
      stamp: meeting.updatedAt,
      summary: meeting.title,
      start: { at: meeting.startsAt },
      location: meeting.location,
      description: meeting.agendaItems.length ? `Agenda:\n${meeting.agendaItems.map((item) => `${item.number}. ${item.title}`).join('\n')}` : null,
      url: `${origin}/meetings/${encodeURIComponent(meeting.id)}`,
      cancelled: meeting.status === 'CANCELLED',
      categories: 'Meeting',
    }));
    for (const offset of DEADLINE_YEARS) {
      const year = now.getUTCFullYear() + offset;
      for (const deadline of await this.panels.deadlines(slug, { year })) {
        events.push({
          uid: `deadline-${panel.id}-${deadline.code}-${year}@panel-scrutiny-portal`,
          stamp: now,
          summary: deadline.label,
          start: { day: new Date(`${deadline.date}T00:00:00Z`) },
          description: `Statutory deadline (${deadline.code}) of the precept timetable ${year}.`,
          url: `${origin}/panels/${encodeURIComponent(slug)}`,
          categories: 'Statutory deadline',
        });
      }
    }
    return icalendar({ name: `${panel.name}: meetings and deadlines`, description: `Meetings of ${panel.name} and its statutory deadlines`, events });
  }

  async atom(slug: string, origin: string, now = new Date()): Promise<string> {
    const panel = await this.panels.panelBySlug(slug);
    const { recommendations, responses, letters, versions } = await this.feeds.published(panel.id);
    const page = (path: string) => `${origin}${path}`;
    const entries: AtomEntry[] = [
      ...recommendations.map((r) => ({
        id: page(`/recommendations/${encodeURIComponent(r.id)}`),
        title: `Recommendation ${r.number} (${r.meeting.title})`,
        link: page(`/recommendations/${encodeURIComponent(r.id)}`),
        // Made at the meeting: its date, not the day the record was typed in.
        published: r.meeting.startsAt,
        updated: r.meeting.startsAt,
        summary: summaryOf(r.text),
        category: 'recommendation',
      })),
      ...responses.flatMap((r) =>
        r.publishedAt
          ? [
              {
                id: page(`/recommendations/${encodeURIComponent(r.recommendation.id)}#response-${encodeURIComponent(r.id)}`),
                title: `Response to recommendation ${r.recommendation.number}: ${OUTCOME_WORDS[r.outcome]}`,
                link: page(`/recommendations/${encodeURIComponent(r.recommendation.id)}`),
                published: r.publishedAt,
                updated: r.publishedAt,
                summary: summaryOf(r.text),
                category: 'response',
              },
            ]
          : [],
      ),
      ...letters.flatMap((l) =>
        l.publishedAt
          ? [
              {
                id: page(`/letters/${encodeURIComponent(l.id)}`),
                title: `Response letter ${l.reference}: ${l.subject}`,
                link: page(`/letters/${encodeURIComponent(l.id)}`),
                published: l.publishedAt,
                updated: l.publishedAt,
                summary: l.subject,
                category: 'letter',
              },
            ]
          : [],
      ),
      ...versions.flatMap((v) => {
        if (!v.publishedAt) return [];
        const minutes = v.document.kind === 'MINUTES' && v.document.meetingId;
        const link = minutes ? page(`/meetings/${encodeURIComponent(minutes)}`) : page(`/document-versions/${encodeURIComponent(v.id)}`);
        return [
          {
            id: page(`/document-versions/${encodeURIComponent(v.id)}`),
            title: minutes ? `Minutes published: ${v.document.title}` : `${v.document.title}: ${v.label}`,
            link,
            published: v.publishedAt,
            updated: v.publishedAt,
            summary: minutes ? `The minutes of the meeting are published.` : `${v.label} of ${v.document.title} is published.`,
            category: minutes ? 'minutes' : v.document.kind === 'PLAN' ? 'plan' : 'report',
          },
        ];
      }),
    ]
      .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id))
      .slice(0, FEED_ENTRIES);
    return atomFeed({
      id: page(`/panels/${encodeURIComponent(slug)}`),
      title: `${panel.name}: published`,
      self: page(`/api/panels/${encodeURIComponent(slug)}/feed.atom`),
      alternate: page(`/panels/${encodeURIComponent(slug)}`),
      author: panel.name,
      entries,
      fallbackUpdated: now,
    });
  }
}
