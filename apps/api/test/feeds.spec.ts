// The panel's iCalendar and Atom feeds, read back with real parsers (ical.js, @rowanmanning/feed-parser):
// every meeting and statutory deadline as an event with a stable UID and London times, every
// published thing as an entry, and nothing unpublished in either.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { PrismaClient } from '@psp/db';
import { importDraftPlan } from './documents.fixtures';
import { call, createMeeting, createRecommendation, draftResponse, PANEL, uniqueWord, useSeededApp, type Record_, type Team } from './fixtures';
import type { TestApp } from './harness';

describe('feeds: the panel calendar (RFC 5545) and the Atom feed of what is published', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;
  useSeededApp((app) => ({ t, prisma, team, record } = app));
  // ical.js is an ECMAScript module: this CommonJS test file loads it with a dynamic import.
  let ICAL: typeof import('ical.js', { with: { 'resolution-mode': 'import' } }).default;
  beforeAll(async () => {
    ICAL = (await import('ical.js')).default;
  });

  const calendarText = async () => {
    const response = await t.anonymous().get(`/api/panels/${PANEL}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    return response.text;
  };
  const feedText = async () => {
    const response = await t.anonymous().get(`/api/panels/${PANEL}/feed.atom`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/atom\+xml; charset=utf-8/);
    return response.text;
  };
  const events = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    if (zone) ICAL.TimezoneService.register(zone);
    return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  };

  it('carries every meeting at its London time, with a stable UID and a DTSTAMP, and every statutory deadline as a day', async () => {
    // A summer meeting (BST) with characters iCalendar must escape, and a long title that must be folded.
    const title = `Extraordinary meeting; precept, revised – ${'é'.repeat(60)}`;
    const summer = await createMeeting(t, team.CLERK, { title, startsAt: '2030-07-01T12:30:00Z', location: 'County Hall, Glenfield' });
    const text = await calendarText();
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const parsed = events(text);
    const meetings = await prisma.meeting.findMany({ where: { panel: { slug: PANEL } } });
    const byUid = new Map(parsed.map((event) => [event.uid, event]));
    expect(byUid.size).toBe(parsed.length);
    for (const meeting of meetings) {
      const event = byUid.get(`meeting-${meeting.id}@panel-scrutiny-portal`);
      expect(event?.summary).toBe(meeting.title);
      expect(event?.startDate.zone?.tzid).toBe('Europe/London');
      expect(event?.startDate.toJSDate().toISOString()).toBe(meeting.startsAt.toISOString());
      expect(event?.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
    const summerEvent = byUid.get(`meeting-${summer.id}@panel-scrutiny-portal`);
    expect(summerEvent?.summary).toBe(title);
    expect(summerEvent?.location).toBe('County Hall, Glenfield');
    // 12:30 UTC in July is 13:30 in London.
    expect(summerEvent?.startDate.toString()).toBe('2030-07-01T13:30:00');

    const year = new Date().getUTCFullYear();
    const deadlines = parsed.filter((event) => event.uid.startsWith('deadline-'));
    expect(deadlines).toHaveLength(15);
    const notify = deadlines.find((event) => event.uid.includes(`PRECEPT_NOTIFY-${year}@`));
    expect(notify?.startDate.isDate).toBe(true);
    expect(notify?.startDate.toString()).toBe(`${year}-02-01`);
    // The same calendar asked twice gives the same UIDs.
    expect(events(await calendarText()).map((event) => event.uid)).toEqual(parsed.map((event) => event.uid));
  });

  it('carries every published thing, newest first, and nothing unpublished', async () => {
    const marker = uniqueWord('feed');
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2017-03-15T13:00:00Z' });
    const recommendation = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      citedVersionId: record.publishedPlanVersionId,
      text: `The Panel recommends ${marker} patrols.`,
    });
    // An unpublished response, a draft plan version and a withdrawn recommendation, each carrying the marker.
    await draftResponse(t, team.OPCC_OFFICER, recommendation.id, { text: `Draft answer ${marker}.` });
    await importDraftPlan(team.OPCC_OFFICER, `${marker}draft`);
    const withdrawn = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      citedVersionId: record.publishedPlanVersionId,
      text: `The Panel recommends ${marker}withdrawn.`,
    });
    expect(
      (await call(t, team.CLERK, 'POST', `/api/recommendations/${withdrawn.id}/withdraw`, { reason: 'Recorded twice.', version: withdrawn.version })).status,
    ).toBe(200);

    const xml = await feedText();
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Leicester, Leicestershire and Rutland Police and Crime Panel: published');
    const entries = feed.items;
    expect(entries.length).toBeGreaterThan(0);
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const updated = entries.map((entry) => entry.updated?.getTime() ?? 0);
    expect([...updated].sort((a, b) => b - a)).toEqual(updated);

    const [publishedResponses, publishedLetters, publishedVersions, recommendations] = await Promise.all([
      prisma.response.count({ where: { status: 'PUBLISHED', recommendation: { panel: { slug: PANEL } } } }),
      prisma.responseLetter.count({ where: { status: 'PUBLISHED', panel: { slug: PANEL } } }),
      prisma.documentVersion.count({ where: { status: 'PUBLISHED', document: { panel: { slug: PANEL } } } }),
      prisma.recommendation.count({ where: { withdrawnAt: null, panel: { slug: PANEL } } }),
    ]);
    const ofCategory = (term: string) => entries.filter((entry) => entry.categories.some((category) => category.term === term)).length;
    expect(ofCategory('response')).toBe(publishedResponses);
    expect(ofCategory('letter')).toBe(publishedLetters);
    expect(ofCategory('plan') + ofCategory('report') + ofCategory('minutes')).toBe(publishedVersions);
    expect(ofCategory('recommendation')).toBe(recommendations);

    const mine = entries.find((entry) => entry.url?.endsWith(`/recommendations/${recommendation.id}`) && entry.title?.startsWith('Recommendation'));
    expect(mine?.description).toContain(marker);
    // Only the recorded recommendation carries the marker: no draft answer, draft plan or withdrawn recommendation.
    expect(xml.split(marker).length - 1).toBe(1);
  });

  it('answers 404 for an unknown panel, as problem details', async () => {
    for (const path of ['calendar.ics', 'feed.atom']) {
      const response = await t.anonymous().get(`/api/panels/atlantis/${path}`);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
