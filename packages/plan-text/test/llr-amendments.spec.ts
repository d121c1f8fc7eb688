// Draft v0.7 → the published plan of March 2017 (prisma/seed/data), amended as the PCC's response
// letter of 2 March 2017 says. Identity must follow each paragraph, not its number.
import { findCitations, resolveCitations } from '../src/citations';
import { diffVersions } from '../src/diff';
import { assignProvisionKeys, type MatchRelation } from '../src/match';
import { parsePlanText } from '../src/parse';
import { renderPlanText } from '../src/render';
import type { KeyedProvision } from '../src/types';
import { readFixture, readPublishedPlan } from './support/seeds';

const draftParsed = parsePlanText(readFixture('draft-plan')).provisions;
const publishedParsed = parsePlanText(readPublishedPlan()).provisions;

// Draft keys name the draft provision they belong to, so the mapping reads as draft numbers.
type Labelled = { number: string | null; kind: string; heading: string | null; parentNumber: string | null };
const label = (provision: Labelled) =>
  provision.number ?? (provision.parentNumber === null ? `${provision.kind}:${provision.heading}` : `${provision.kind} in ${provision.parentNumber}`);
let draftIndex = 0;
const draft = assignProvisionKeys([], draftParsed, () => `draft ${label(draftParsed[draftIndex++] as (typeof draftParsed)[number])}`).provisions;
let newCount = 0;
const published = assignProvisionKeys(draft, publishedParsed, () => `new ${++newCount}`);
const draftKey = (number: string) => (draft.find((provision) => provision.number === number) as KeyedProvision).provisionKey;

/** Published paragraph → the draft paragraph it continues, for those that were only renumbered. */
function draftParagraphOf(publishedParagraph: number): number | null {
  if (publishedParagraph <= 54) return publishedParagraph;
  if (publishedParagraph === 56) return 55;
  if (publishedParagraph >= 58 && publishedParagraph <= 67) return publishedParagraph - 2;
  if (publishedParagraph === 69) return 68;
  if (publishedParagraph === 70) return 70;
  if (publishedParagraph === 72) return 71;
  return null;
}

const EDITED = new Set(['TEXT:Foreword', '32', '46.e', '47.a', '49.b', '52', '54']);

interface Expected {
  key: string | null;
  relation: MatchRelation;
  fromKeys: string[];
}

function expectedFor(provision: (typeof publishedParsed)[number]): Expected {
  const name = label(provision);
  switch (name) {
    case '40.f': // letter: monitoring victim satisfaction within the Victims' Strategy
    case '54.f': // letter: "Para 54, section F", reducing suicide with partners
    case '57': // letter: "Reference to the Prevent Strategy can be found at para 57"
    case '71': // letter: periodic review and refreshment, "please see Para 71"
    case 'SECTION:Review of this Plan':
      return { key: null, relation: 'new', fromKeys: [] };
    case '55': // learning disabilities split out of para 54
      return { key: null, relation: 'split', fromKeys: [draftKey('54')] };
    case '68': // draft 66 + 67; 67 is the closer of the two, so it keeps its key
      return { key: draftKey('67'), relation: 'merged', fromKeys: [draftKey('67'), draftKey('66')] };
    case '70': // draft 69 + 70; 70 keeps its key because its sub-points a–f come with it
      return { key: draftKey('70'), relation: 'merged', fromKeys: [draftKey('70'), draftKey('69')] };
  }
  if (provision.number === null) {
    // Unnumbered text under a paragraph follows its paragraph; top-level text and headings stay.
    const parent = provision.parentNumber === null ? null : draftParagraphOf(Number(provision.parentNumber));
    const key = `draft ${parent === null ? name : `${provision.kind} in ${parent}`}`;
    return { key, relation: EDITED.has(name) ? 'edited' : 'same', fromKeys: [key] };
  }
  const [paragraph, ...rest] = provision.number.split('.');
  const source = draftParagraphOf(Number(paragraph));
  if (source === null) throw new Error(`no expectation for ${provision.number}`);
  const draftNumber = [String(source), ...rest].join('.');
  const key = draftKey(draftNumber);
  const relation: MatchRelation = EDITED.has(draftNumber) ? 'edited' : draftNumber === provision.number ? 'same' : 'renumbered';
  return { key, relation, fromKeys: [key] };
}

describe('draft v0.7 → published plan', () => {
  it('publishes 72 paragraphs', () => {
    const paragraphs = publishedParsed.filter((provision) => provision.kind === 'PARAGRAPH').map((provision) => provision.number);
    expect(paragraphs).toEqual(Array.from({ length: 72 }, (_, index) => String(index + 1)));
  });

  it('is stored in canonical form: rendering its parse reproduces the file', () => {
    expect(renderPlanText(publishedParsed)).toBe(readPublishedPlan());
  });

  it('maps every published provision to the draft exactly as amended', () => {
    const actual = published.matches.map((match, index) => ({
      provision: label(publishedParsed[index] as (typeof publishedParsed)[number]),
      key: match.provisionKey,
      relation: match.relation,
      fromKeys: match.fromKeys,
    }));
    const expected = publishedParsed.map((provision) => ({ provision: label(provision), ...expectedFor(provision) }));
    expect(actual).toEqual(expected);
  });

  it('keeps 1–53 on their numbers and their keys', () => {
    for (let number = 1; number <= 53; number++) {
      const provision = published.provisions.find((item) => item.number === String(number));
      expect(provision?.provisionKey).toBe(draftKey(String(number)));
    }
  });

  it('gives new provisions fresh keys and parents from the new tree', () => {
    const keyOf = (number: string) => published.provisions.find((item) => item.number === number) as KeyedProvision;
    expect(keyOf('55').provisionKey).toMatch(/^new /);
    expect(keyOf('57').provisionKey).toMatch(/^new /);
    expect(keyOf('54.f').parentKey).toBe(draftKey('54'));
    expect(keyOf('58.a').parentKey).toBe(draftKey('56'));
    expect(keyOf('70.a').parentKey).toBe(draftKey('70'));
    expect(new Set(published.provisions.map((item) => item.provisionKey)).size).toBe(published.provisions.length);
  });

  it('diffs the two versions by provision, with merged-away paragraphs shown removed where they stood', () => {
    const diff = diffVersions(draft, published.provisions);
    const changes = diff.filter((entry) => entry.change !== 'unchanged' && entry.change !== 'renumbered');
    expect(changes.map((entry) => [entry.change, entry.before?.number ?? null, entry.after?.number ?? null])).toEqual([
      ['modified', null, null],
      ['modified', '32', '32'],
      ['added', null, '40.f'],
      ['modified', '46.e', '46.e'],
      ['modified', '47.a', '47.a'],
      ['modified', '49.b', '49.b'],
      ['modified', '52', '52'],
      ['modified', '54', '54'],
      ['added', null, '54.f'],
      ['added', null, '55'],
      ['added', null, '57'],
      ['removed', '66', null],
      ['modified', '67', '68'],
      ['removed', '69', null],
      ['modified', '70', '70'],
      ['added', null, null],
      ['added', null, '71'],
    ]);
    const renumbered = diff.find((entry) => entry.before?.number === '55');
    expect(renumbered).toMatchObject({ change: 'renumbered', after: { number: '56' } });
    const mentalHealth = diff.find((entry) => entry.after?.number === '54');
    expect(mentalHealth?.words).toEqual([
      { op: 'equal', text: 'In relation to mental health' },
      { op: 'delete', text: ', learning disabilities' },
      { op: 'equal', text: expect.stringMatching(/^ and suicide, which remain a significant challenge .* mental ill health\.$/) },
    ]);
  });
});

describe("the PCC's response letter against the published plan", () => {
  const letter = readFixture('response-letter');
  const keyed = published.provisions.map((provision) => ({ number: provision.number, provisionKey: provision.provisionKey }));
  const text = (number: string) => (published.provisions.find((provision) => provision.number === number) as KeyedProvision).text;

  it('finds every citation in the letter', () => {
    expect(findCitations(letter).map((match) => [match.cited, match.numbers])).toEqual([
      ['Para 40', ['40']],
      ['Para 44, item ix', ['44.ix']],
      ['point 24', ['24']],
      ['para 57', ['57']],
      ['Para 32', ['32']],
      ['Para 23', ['23']],
      ['Para 46(e) and 52', ['46.e', '52']],
      ['section 54', ['54']],
      ['Para 54', ['54']],
      ['Para 54, section F', ['54.f']],
      ['paragraph 47.a', ['47.a']],
      ['point 49.b', ['49.b']],
      ['Para 49b', ['49.b']],
      ['Para 71', ['71']],
    ]);
  });

  it('resolves every plan citation; the minutes item (44.ix) is not in the plan', () => {
    const unresolved = resolveCitations(letter, keyed).filter((reference) => reference.provisionKey === null);
    expect(unresolved.map((reference) => reference.number)).toEqual(['44.ix']);
  });

  it('finds in the published plan what the letter says is there', () => {
    const [foreword] = published.provisions;
    expect(foreword?.text).toMatch(/public confidence/);
    expect(foreword?.text).toMatch(/visible.*easy to reach.*respond robustly/s);
    expect(text('32')).toMatch(/cyber-crime is a priority/i);
    expect(text('32')).toMatch(/Action Fraud/);
    expect(text('40.f')).toMatch(/Victims’ Strategy.*victim satisfaction/);
    expect(text('46.e')).toMatch(/elderly/);
    expect(text('52')).toMatch(/some elderly people are more at risk/);
    expect(text('52')).toMatch(/rural communities, not only the elderly, should be able to feel safe/);
    expect(text('47.a')).toMatch(/^A new service provider for LLR to tackle the problems of drugs and alcohol\./);
    expect(text('49.b')).toMatch(/13,250 referrals.*referrals made, not the number of visits/);
    expect(published.provisions.find((provision) => provision.number === '54')?.heading).toBe('Mental Health');
    expect(text('54')).not.toMatch(/learning disabilit/i);
    expect(text('54.f')).toMatch(/reduce suicide/);
    expect(published.provisions.find((provision) => provision.number === '55')?.heading).toBe('Learning Disabilities');
    expect(text('57')).toMatch(/Prevent Strategy/);
    expect(published.provisions.find((provision) => provision.number === '57')?.heading).toBe('Radicalisation and the Prevent Strategy');
    expect(text('71')).toMatch(/periodic review and refreshment/);
    expect(text('72')).toMatch(/^I believe that in Leicester, Leicestershire and Rutland we have a Police Force/);
  });
});
