// The three panel meetings of the record. Dates come from the documents (23 September 2016 at
// 1.00pm: the first-100-days report; "our meeting in December 2016": the response letter) and
// from the OPCC's public announcements (3 February 2017: the final draft plan, the 2017/18 budget
// and the precept before the Panel; sources in prisma/seed/README.md); the rest (7 December 2016,
// the other times, agenda wording) is plausible and listed in prisma/seed/README.md.

export const LOCATION = 'County Hall, Glenfield';

/** Which paper, if any, an agenda item carries (resolved to a document version by the builder). */
export type Paper = 'first-100-days-report' | 'draft-plan' | 'december-minutes';

export interface AgendaItemSpec {
  number: string;
  title: string;
  description?: string;
  paper?: Paper;
}

export interface MeetingSpec {
  key: 'september' | 'december' | 'february';
  /** What of this meeting's record comes from a source and what is illustrative: shown on its page. */
  provenance: string;
  isoDate: string;
  /** UTC: 13:00 British Summer Time on 23 September, 13:00 GMT in winter. */
  startsAt: Date;
  title: string;
  agenda: AgendaItemSpec[];
}

const OPENING: AgendaItemSpec[] = [
  { number: '1', title: 'Apologies for absence' },
  { number: '2', title: 'Declarations of interest' },
];

export const MEETINGS: readonly MeetingSpec[] = [
  {
    key: 'september',
    provenance:
      'The date and time (1.00pm) are those of the report to this meeting, item 4. The title, the location and the other agenda items are illustrative.',
    isoDate: '2016-09-23',
    startsAt: new Date('2016-09-23T12:00:00Z'),
    title: 'Police and Crime Panel – 23 September 2016',
    agenda: [
      ...OPENING,
      { number: '3', title: 'Minutes of the previous meeting' },
      {
        number: '4',
        title: 'Police and Crime Commissioner: first 100 days in office',
        description: 'Report of the Police and Crime Commissioner. The Panel is asked to note the report.',
        paper: 'first-100-days-report',
      },
      { number: '5', title: 'Police and Crime Panel work programme' },
      { number: '6', title: 'Date of next meeting' },
    ],
  },
  {
    key: 'december',
    provenance:
      "The Commissioner's letter of 2 March 2017 says only that the Panel met in December 2016 and that he agreed there to report on the 101 service (minute 44, item ix). The day, time, title, location, agenda and minutes shown are illustrative.",
    isoDate: '2016-12-07',
    startsAt: new Date('2016-12-07T13:00:00Z'),
    title: 'Police and Crime Panel – 7 December 2016',
    agenda: [
      { number: '1', title: "Chairman's announcements" },
      { number: '2', title: 'Apologies for absence' },
      { number: '3', title: 'Declarations of interest' },
      { number: '4', title: 'Minutes of the meeting held on 23 September 2016' },
      { number: '5', title: 'Questions from members of the public' },
      {
        number: '6',
        title: 'Police and Crime Plan 2017–2021: emerging priorities and consultation',
        description: 'Report of the Police and Crime Commissioner on the priorities emerging for his first Police and Crime Plan.',
      },
      {
        number: '7',
        title: '101 non-emergency service',
        description: 'Presentation by the Police and Crime Commissioner and the force on the performance of the 101 service.',
      },
      { number: '8', title: 'Medium term financial strategy and the 2017/18 precept: initial proposals' },
      { number: '9', title: 'Police and Crime Panel work programme' },
      { number: '10', title: 'Date of next meeting' },
    ],
  },
  {
    key: 'february',
    provenance:
      "The date, and the final draft plan, the 2017/18 budget and the precept proposal before the Panel, are from the OPCC's announcements (sources in the demo record's README); the recommendations are those the Commissioner's letter of 2 March 2017 quotes. The time, title, location and the other agenda items are illustrative.",
    isoDate: '2017-02-03',
    startsAt: new Date('2017-02-03T13:00:00Z'),
    title: 'Police and Crime Panel – 3 February 2017',
    agenda: [
      ...OPENING,
      { number: '3', title: 'Minutes of the meeting held on 7 December 2016', paper: 'december-minutes' },
      {
        number: '4',
        title: 'Draft Police and Crime Plan 2017–2021',
        description:
          'The Commissioner presents the final draft of his Police and Crime Plan (exposure draft v0.7, 20 January 2017). The Panel reviews the draft Plan and makes a report, with recommendations, to the Commissioner.',
        paper: 'draft-plan',
      },
      {
        number: '5',
        title: 'Proposed precept 2017/18',
        description:
          "The Commissioner's 2017/18 budget (net budget £171.639m) and his proposal to increase the policing precept by 1.99% (£3.65 a year for a Band D property). The Panel reviews the precept and reports by 8 February.",
      },
      { number: '6', title: 'Date of next meeting' },
    ],
  },
];

export function meetingSpec(key: MeetingSpec['key']): MeetingSpec {
  const meeting = MEETINGS.find((m) => m.key === key);
  if (!meeting) throw new Error(`unknown meeting ${key}`);
  return meeting;
}
