import { mapSearchHit, safeHighlight } from './search.mapper';
import type { SearchRow } from './search.sql';

describe('safeHighlight', () => {
  it('passes a headline built from escaped text through unchanged', () => {
    const headline = 'the &lt;b&gt; <mark>cyber</mark> &amp; <mark>crime</mark> &quot;plan&quot;';
    expect(safeHighlight(headline)).toBe(headline);
  });

  it('escapes everything, marks included, if any other markup got through', () => {
    expect(safeHighlight('<mark>cyber</mark> <img src=x onerror=alert(1)>')).toBe('cyber &lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('mapSearchHit', () => {
  const row: SearchRow = {
    kind: 'provision',
    id: 'p1',
    rank: 0.5,
    highlight: '<mark>cyber</mark>',
    panel: 'leicestershire',
    versionId: 'v2',
    provisionKey: 'k32',
    recommendationId: null,
    meetingId: null,
    documentTitle: 'Police and Crime Plan',
    versionLabel: 'Published plan',
    number: '32',
    label: null,
    heading: null,
    recommendationNumber: null,
    date: new Date('2017-03-31T00:00:00Z'),
    reconstructed: true,
    matchedVersionIds: ['v2', 'v1'],
    matchedVersionLabels: ['Published plan', 'Draft v0.7'],
  };

  it('titles each kind of hit the way a reader refers to it', () => {
    expect(mapSearchHit(row).title).toBe('Police and Crime Plan, Published plan: paragraph 32');
    expect(mapSearchHit({ ...row, number: '3', label: '1.0' }).title).toBe('Police and Crime Plan, Published plan: paragraph 1.0');
    expect(mapSearchHit({ ...row, number: null, heading: 'Foreword' }).title).toBe('Police and Crime Plan, Published plan: Foreword');
    expect(mapSearchHit({ ...row, kind: 'minutes', documentTitle: 'Minutes, 7 December 2016', number: '44' }).title).toBe(
      'Minutes, 7 December 2016: minute 44',
    );
    expect(mapSearchHit({ ...row, kind: 'recommendation', recommendationNumber: 8 }).title).toBe('Recommendation 8');
    expect(mapSearchHit({ ...row, kind: 'response', recommendationNumber: 8 }).title).toBe('Response to recommendation 8');
  });

  it('folds the older versions in which a paragraph matched under the newest', () => {
    expect(mapSearchHit(row)).toMatchObject({
      versionId: 'v2',
      date: '2017-03-31T00:00:00.000Z',
      reconstructed: true,
      alsoIn: [{ versionId: 'v1', versionLabel: 'Draft v0.7' }],
    });
    expect(mapSearchHit({ ...row, matchedVersionIds: null, matchedVersionLabels: null }).alsoIn).toEqual([]);
  });
});
