import type { Recommendation } from '@psp/contracts';
import { parseCsv } from '../../test/csv-reader';
import { csvCell, recommendationsCsv, RECOMMENDATION_CSV_HEADER } from './recommendations.csv';

const recommendation = (overrides: Partial<Recommendation>): Recommendation => ({
  id: 'rec-1',
  number: 7,
  text: 'Plain text',
  status: 'AWAITING_RESPONSE',
  meetingId: 'meeting-1',
  meetingTitle: 'Police and Crime Panel – 3 February 2017',
  meetingStartsAt: '2017-02-03T13:00:00.000Z',
  theme: null,
  dueAt: '2017-03-03T13:00:00.000Z',
  closedAt: null,
  closedReason: null,
  provisions: [],
  latestOutcome: null,
  ...overrides,
});

describe('recommendations CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const dangerous of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR']) {
      expect(csvCell(dangerous).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell('Value for money')).toBe('"Value for money"');
    expect(csvCell('a = b')).toBe('"a = b"');
  });

  it('quotes commas, quotes and line breaks so the text reads back unchanged', () => {
    const text = 'The Panel, "noting" the plan,\nasks for £1.2m – and more';
    const csv = recommendationsCsv([
      recommendation({
        text,
        provisions: [
          { provisionKey: 'k1', number: '24', versionId: 'v1', cited: 'point 24', source: 'AS_WRITTEN' },
          { provisionKey: 'k2', number: '46.e', versionId: 'v1', cited: null, source: 'LINKED_BY_STAFF' },
        ],
      }),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(RECOMMENDATION_CSV_HEADER);
    expect(rows[1]).toEqual([
      '7',
      text,
      'AWAITING_RESPONSE',
      '',
      'Police and Crime Panel – 3 February 2017',
      '2017-02-03',
      '2017-03-03',
      '',
      '24; 46.e (linked by the clerk)',
      '',
      '',
      'rec-1',
      '',
    ]);
    expect(rows).toHaveLength(2);
  });

  it('keeps a formula-looking recommendation as text with its apostrophe', () => {
    const rows = parseCsv(recommendationsCsv([recommendation({ text: '=1+1', closedReason: '-withdrawn' })]).slice(1));
    expect(rows[1]?.[1]).toBe("'=1+1");
    expect(rows[1]?.[10]).toBe("'-withdrawn");
  });
});
