// The vocabulary of police and crime plans, panel recommendations and OPCC responses, so that
// generated text reads like the real thing and full-text search has realistic selectivity:
// topic phrases are drawn with a skew, so some words ("victims", "partners") are in a large
// share of paragraphs and others ("drones", "county lines") in few.
import type { Rng } from './prng';

export const POLICE_FORCE_AREAS: readonly { name: string; host: string }[] = [
  { name: 'Avon and Somerset', host: 'Bristol City Council' },
  { name: 'Bedfordshire', host: 'Central Bedfordshire Council' },
  { name: 'Cambridgeshire', host: 'Peterborough City Council' },
  { name: 'Cheshire', host: 'Cheshire West and Chester Council' },
  { name: 'Cleveland', host: 'Middlesbrough Council' },
  { name: 'Cumbria', host: 'Westmorland and Furness Council' },
  { name: 'Derbyshire', host: 'Derbyshire County Council' },
  { name: 'Devon and Cornwall', host: 'Plymouth City Council' },
  { name: 'Dorset', host: 'Dorset Council' },
  { name: 'Durham', host: 'Durham County Council' },
  { name: 'Dyfed-Powys', host: 'Carmarthenshire County Council' },
  { name: 'Essex', host: 'Essex County Council' },
  { name: 'Gloucestershire', host: 'Gloucestershire County Council' },
  { name: 'Greater Manchester', host: 'Bolton Council' },
  { name: 'Gwent', host: 'Caerphilly County Borough Council' },
  { name: 'Hampshire and Isle of Wight', host: 'Hampshire County Council' },
  { name: 'Hertfordshire', host: 'Hertfordshire County Council' },
  { name: 'Humberside', host: 'East Riding of Yorkshire Council' },
  { name: 'Kent', host: 'Kent County Council' },
  { name: 'Lancashire', host: 'Lancashire County Council' },
  { name: 'Leicestershire', host: 'Leicestershire County Council' },
  { name: 'Lincolnshire', host: 'Lincolnshire County Council' },
  { name: 'Merseyside', host: 'Knowsley Council' },
  { name: 'Norfolk', host: 'Norfolk County Council' },
  { name: 'North Wales', host: 'Conwy County Borough Council' },
  { name: 'North Yorkshire', host: 'North Yorkshire Council' },
  { name: 'Northamptonshire', host: 'West Northamptonshire Council' },
  { name: 'Northumbria', host: 'North Tyneside Council' },
  { name: 'Nottinghamshire', host: 'Nottinghamshire County Council' },
  { name: 'South Wales', host: 'Cardiff Council' },
  { name: 'South Yorkshire', host: 'Barnsley Council' },
  { name: 'Staffordshire', host: 'Staffordshire County Council' },
  { name: 'Suffolk', host: 'Suffolk County Council' },
  { name: 'Surrey', host: 'Surrey County Council' },
  { name: 'Sussex', host: 'West Sussex County Council' },
  { name: 'Thames Valley', host: 'Buckinghamshire Council' },
  { name: 'Warwickshire', host: 'Warwickshire County Council' },
  { name: 'West Mercia', host: 'Shropshire Council' },
  { name: 'West Midlands', host: 'Sandwell Council' },
  { name: 'West Yorkshire', host: 'Wakefield Council' },
  { name: 'Wiltshire', host: 'Swindon Borough Council' },
];

export const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Plan headings (the "five Vs" and the usual priorities). */
export const SECTION_HEADINGS = [
  'Viable Partnerships',
  'Visible Policing',
  'Victim Services',
  'Vulnerability Protection',
  'Value for Money',
  'Preventing Crime',
  'Protecting Communities',
  'Public Confidence',
  'Reducing Reoffending',
  'Roads Policing',
  'Cyber and Digital',
  'Governance and Accountability',
] as const;

/** Topic phrases; the first ones are drawn far more often than the last ones. */
export const TOPICS = [
  'victims',
  'partners',
  'neighbourhood policing',
  'anti-social behaviour',
  'domestic abuse',
  'vulnerable people',
  'public confidence',
  'the 101 non-emergency service',
  'mental health',
  'young people',
  'community safety partnerships',
  'burglary',
  'road safety',
  'rural crime',
  'cyber-crime',
  'violence against women and girls',
  'knife crime',
  'hate crime',
  'drug and alcohol misuse',
  'serious violence',
  'fraud',
  'reoffending',
  'child sexual exploitation',
  'modern slavery',
  'the Prevent strategy',
  'stop and search',
  'body-worn video',
  'the custody suite',
  'workforce diversity',
  'officer wellbeing',
  'the precept',
  'the medium term financial plan',
  'restorative justice',
  'elderly people',
  'learning disabilities',
  'suicide prevention',
  'county lines',
  'wildlife crime',
  'heritage crime',
  'drones',
] as const;

/** Words the search benchmark rotates through: all occur in the text, with varied frequency. */
export const SEARCH_TERMS = [
  'burglary',
  'domestic abuse',
  'cyber',
  'rural crime',
  'mental health',
  'knife',
  'victims',
  'precept',
  'road safety',
  'hate crime',
  'fraud',
  'county lines',
  'anti-social behaviour',
  'young people',
  'modern slavery',
  'reoffending',
] as const;

const ACTORS = [
  'The Commissioner',
  'The Force',
  'The Office of the Police and Crime Commissioner',
  'The Chief Constable',
  'Local policing teams',
  'Community Safety Partnerships',
  'The Commissioner and partners',
  'Commissioned services',
];
const VERBS = [
  'will strengthen',
  'will commission',
  'will review',
  'will invest in',
  'will work with partners to reduce',
  'will support',
  'will improve',
  'will monitor',
  'will publish data on',
  'will expand',
  'will prioritise',
  'will tackle',
  'will ensure effective scrutiny of',
  'will continue to fund',
  'will develop a strategy for',
];
const QUALIFIERS = [
  'across the force area',
  'in partnership with local authorities',
  'within the medium term financial plan',
  'with measurable outcomes reported to the Panel',
  'in rural communities and market towns',
  'in the city centre and the night-time economy',
  'so that response times fall',
  'through the Community Safety Partnerships',
  'working with health and social care',
  'using evidence of what works',
  'alongside the voluntary sector',
  'with particular attention to repeat victims',
];
const EVIDENCE = [
  'Recorded crime rose by {n}% over the last year.',
  'Some {n} referrals were received by the hub in the year.',
  'Satisfaction among victims stands at {n}%.',
  'The service handled {n},000 calls last year.',
  'A further £{n}m has been allocated from the precept.',
  'Around {n} officers and staff will be trained.',
  'This reflects the views of {n}% of respondents to the consultation.',
  'Performance will be reported to the Panel every {n} months.',
];
const PANEL_ASKS = [
  'That the Commissioner clarify how the Plan will measure progress on',
  'That the Commissioner give consideration to making a priority of',
  'The Panel asks for further detail on the resources allocated to',
  'That the Plan set out how partners will be held to account for',
  'The Panel recommends that the Commissioner report annually on',
  'That the Commissioner publish the evaluation of services for',
  'The Panel would welcome a clearer commitment on',
  'That the wording of the Plan be strengthened with regard to',
];
const RESPONSE_OPENINGS = [
  'I am pleased to accept this recommendation.',
  'I accept the recommendation in part.',
  "I have considered the Panel's view carefully but do not feel that a change is needed at this time.",
  "I note the Panel's comments.",
  'The Plan already addresses this point.',
  'In response to your comments I have revised the Plan slightly in this regard.',
];

function fill(template: string, rng: Rng): string {
  return template.replace('{n}', String(rng.int(2, 95)));
}

export function sentence(rng: Rng): string {
  const topic = rng.pickSkewed(TOPICS);
  return `${rng.pick(ACTORS)} ${rng.pick(VERBS)} ${topic} ${rng.pick(QUALIFIERS)}.`;
}

/** One paragraph of a plan or report: 1–3 sentences, sometimes with a figure. */
export function paragraphText(rng: Rng): string {
  const parts = [sentence(rng)];
  const extra = rng.int(0, 2);
  for (let i = 0; i < extra; i += 1) parts.push(rng.chance(0.35) ? fill(rng.pick(EVIDENCE), rng) : sentence(rng));
  return parts.join(' ');
}

/** A lettered point: one clause. */
export function pointText(rng: Rng): string {
  const topic = rng.pickSkewed(TOPICS);
  return `${rng
    .pick(VERBS)
    .replace(/^will /, '')
    .replace(/^./, (c) => c.toUpperCase())} ${topic} ${rng.pick(QUALIFIERS)};`;
}

/** An edit to existing text: a changed clause or an appended sentence. */
export function editText(text: string, rng: Rng): string {
  if (rng.chance(0.5)) return `${text} ${sentence(rng)}`;
  const topic = rng.pickSkewed(TOPICS);
  const replaced = text.replace(/will [a-z ]+? (?=\S+ )/, `${rng.pick(VERBS)} `);
  return replaced === text ? `${text.replace(/\.$/, '')}, including ${topic}.` : replaced;
}

export function recommendationText(rng: Rng, citation: string | null): string {
  const topic = rng.pickSkewed(TOPICS);
  const ask = `${rng.pick(PANEL_ASKS)} ${topic} ${rng.pick(QUALIFIERS)}.`;
  const context = citation ? `The Panel notes that at ${citation} the Plan refers to ${rng.pickSkewed(TOPICS)}. ` : '';
  return `${context}${ask}${rng.chance(0.4) ? ` ${sentence(rng)}` : ''}`;
}

export function responseText(rng: Rng, outcomeIndex: number, citation: string | null): string {
  const opening = RESPONSE_OPENINGS[outcomeIndex % RESPONSE_OPENINGS.length] ?? RESPONSE_OPENINGS[0];
  const where = citation ? ` Please see ${citation}.` : '';
  return `${opening} ${sentence(rng)}${rng.chance(0.5) ? ` ${fill(rng.pick(EVIDENCE), rng)}` : ''}${where}`;
}

export const THEMES = [
  'Partnerships',
  'Value for money',
  'Engagement',
  'Workforce diversity',
  'Public confidence',
  '101 service',
  'Radicalisation',
  'Cyber-crime',
  'Firearms',
  'Young people and elderly',
  'Mental health',
  'Drugs and alcohol',
  'Performance measures',
  'Precept',
  'Victims',
  'Rural crime',
] as const;

export const MINUTE_HEADINGS = [
  "Chairman's Announcements",
  'Apologies for Absence',
  'Declarations of Interest',
  'Minutes of the Previous Meeting',
  'Questions from Members of the Public',
  "Police and Crime Commissioner's Update",
  'Performance Report',
  'Proposed Precept',
  'Police and Crime Plan',
  'Complaints and Conduct',
  'Work Programme',
  'Date of Next Meeting',
] as const;

export const REPORT_TOPICS = [
  'Performance Report',
  'Proposed Precept and Medium Term Financial Plan',
  'Victims Services Commissioning',
  'Annual Report of the Commissioner',
  'Estates Strategy',
  'Violence Reduction Network',
  'Complaints Review',
  'Road Safety Partnership',
] as const;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
export const roman = (i: number) => ROMAN[i] ?? `r${i + 1}`;
export const letter = (i: number) => (i < 26 ? String.fromCharCode(97 + i) : `z${i}`);
