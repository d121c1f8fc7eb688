// Minutes of the panel meeting of 7 December 2016, numbered as the clerk numbers them (minutes run
// on through the municipal year, so this meeting's are 38–47).
//
// Only one fact in them is attested by the source documents: the response letter of 2 March 2017
// says "At our meeting in December 2016 you will recall that I agreed to submit a report to the
// Panel on the 101 service. This is minuted at Para 44, item ix of the minutes for that meeting.
// This report will cover sustaining levels of service, managing demand and exploring ways in which
// the service delivery can be enhanced for the user." Everything else is an illustrative
// reconstruction, and the record says so in its first block.

export interface MinuteSpec {
  number: string | null;
  heading: string | null;
  text: string;
  kind: 'PARAGRAPH' | 'POINT' | 'TEXT';
  children?: MinuteSpec[];
}

export const MINUTES_TITLE = 'Minutes of the Police and Crime Panel, 7 December 2016';
export const MINUTES_LABEL = 'Minutes (confirmed 3 February 2017)';
export const MINUTES_KEY_PREFIX = 'llr-minutes-2016-12-07';

export const ILLUSTRATIVE_NOTE =
  'Illustrative reconstruction for the demonstration record. The only part of these minutes taken from a source ' +
  "document is minute 44, item ix: the Commissioner's agreement to submit a report to the Panel on the 101 service, " +
  'which his letter of 2 March 2017 (ref OPCC/2/D/2017/1) cites as "Para 44, item ix of the minutes" of this meeting. ' +
  'The other wording is plausible, not a record of what was said.';

const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'] as const;

const MINUTE_44_POINTS: readonly string[] = [
  'Around three quarters of the calls received by the force were non-emergency calls, most of them made to 101.',
  "Waiting times on 101 had lengthened over the summer months and members reported their constituents' frustration at calls abandoned before they were answered.",
  'The effectiveness of the service depended on the number and quality of staff in the force control room; recruitment to vacant call-handler posts was under way.',
  'Online reporting and social media were being developed to give the public other ways to contact the police and to reduce demand on the telephone service.',
  'The Commissioner wished to develop 101 into a gateway to a wider range of public services, working with partner agencies across Leicester, Leicestershire and Rutland.',
  'Members asked whether partner agencies would contribute to the cost of a multi-agency service.',
  'Members asked that performance information on the 101 service be included in future performance reports to the Panel.',
  'The Commissioner would discuss with the Chief Constable how more calls could be resolved at first contact.',
  'The Commissioner agreed to submit a report to the Panel on the 101 service, covering sustaining levels of service, managing demand and exploring ways in which service delivery could be enhanced for the user.',
  'The Chairman thanked the Commissioner and officers for the presentation.',
];

export const DECEMBER_MINUTES: readonly MinuteSpec[] = [
  { number: null, heading: 'Note', text: ILLUSTRATIVE_NOTE, kind: 'TEXT' },
  {
    number: '38',
    heading: "Chairman's Announcements",
    text: 'The Chairman welcomed members, the Commissioner and officers to the meeting.',
    kind: 'PARAGRAPH',
  },
  { number: '39', heading: 'Apologies for Absence', text: 'Apologies for absence were received from two members of the Panel.', kind: 'PARAGRAPH' },
  { number: '40', heading: 'Declarations of Interest', text: 'No declarations of interest were made.', kind: 'PARAGRAPH' },
  {
    number: '41',
    heading: 'Minutes of the Previous Meeting',
    text: 'The minutes of the meeting held on 23 September 2016 were taken as read, confirmed and signed.',
    kind: 'PARAGRAPH',
  },
  { number: '42', heading: 'Questions from Members of the Public', text: 'No questions had been received.', kind: 'PARAGRAPH' },
  {
    number: '43',
    heading: 'Police and Crime Plan 2017–2021: Emerging Priorities and Consultation',
    text:
      'The Panel considered a report of the Police and Crime Commissioner setting out the priorities emerging for his first Police and Crime Plan, ' +
      'organised around five themes (Viable Partnerships, Visible Policing, Victim Services, Vulnerability Protection and Value for Money), ' +
      'the results of the public consultation and the timetable for presenting the draft Plan to the Panel on 3 February 2017.\n\n' +
      'RESOLVED: That the report be noted and the comments of the Panel be taken into account in preparing the draft Police and Crime Plan.',
    kind: 'PARAGRAPH',
  },
  {
    number: '44',
    heading: '101 Non-Emergency Service',
    text:
      "The Panel received a presentation from the Commissioner and the force's Head of Contact Management on the performance of the 101 " +
      "non-emergency telephone service and the Commissioner's ambition to broaden its scope. Arising from discussion the following points were noted:",
    kind: 'PARAGRAPH',
    children: [
      ...MINUTE_44_POINTS.map((text, i): MinuteSpec => ({ number: `44.${roman[i]}`, heading: null, text, kind: 'POINT' })),
      { number: null, heading: null, text: 'RESOLVED: That the presentation be noted.', kind: 'TEXT' },
    ],
  },
  {
    number: '45',
    heading: 'Medium Term Financial Strategy and the 2017/18 Precept: Initial Proposals',
    text:
      "The Panel received a presentation from the OPCC's Chief Finance Officer on the Commissioner's initial budget proposals for 2017/18 and the medium term financial strategy.\n\n" +
      'RESOLVED: That the presentation be noted and that the Commissioner notify the Panel of his proposed precept by 1 February 2017.',
    kind: 'PARAGRAPH',
  },
  {
    number: '46',
    heading: 'Police and Crime Panel Work Programme',
    text: "RESOLVED: That the work programme be noted and that the Commissioner's report on the 101 service be added to it.",
    kind: 'PARAGRAPH',
  },
  {
    number: '47',
    heading: 'Date of Next Meeting',
    text: 'RESOLVED: That the next meeting of the Panel be held on Friday 3 February 2017 at 1.00pm at County Hall, Glenfield.',
    kind: 'PARAGRAPH',
  },
];

export interface FlatMinute {
  provisionKey: string;
  number: string | null;
  heading: string | null;
  text: string;
  kind: MinuteSpec['kind'];
  depth: number;
  parentKey: string | null;
}

/** Reading order, with keys that follow the clerk's numbers: `…-44`, `…-44-ix`; unnumbered blocks
 *  take their parent's key and their position among its children. */
export function flattenMinutes(items: readonly MinuteSpec[] = DECEMBER_MINUTES): FlatMinute[] {
  const out: FlatMinute[] = [];
  const walk = (list: readonly MinuteSpec[], depth: number, parentKey: string | null) => {
    list.forEach((item, index) => {
      const suffix = item.number ? item.number.replace(/\./g, '-') : `text-${index + 1}`;
      const provisionKey = parentKey && !item.number ? `${parentKey}-${suffix}` : `${MINUTES_KEY_PREFIX}-${suffix}`;
      out.push({ provisionKey, number: item.number, heading: item.heading, text: item.text, kind: item.kind, depth, parentKey });
      if (item.children) walk(item.children, depth + 1, provisionKey);
    });
  };
  walk(items, 0, null);
  return out;
}
