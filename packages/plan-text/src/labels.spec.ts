import fc from 'fast-check';
import { printedLabelKey, provisionsForPrintedLabel, type LabelledProvision } from './labels';
import { letterLabel, toRoman } from './numbering';

describe('printedLabelKey', () => {
  it.each([
    ['52(a)', '52.a'],
    ['52.a', '52.a'],
    ['52a', '52.a'],
    ['52 (a)', '52.a'],
    ['54(d)(ii)', '54.d.ii'],
    ['54.D.II', '54.d.ii'],
    ['2.1.3', '2.1.3'],
    ['5.0', '5'],
    ['8.0(b)', '8.b'],
    ['28(1A)', '28.1a'],
    ['(1A)', '1a'],
    ['(iv)', 'iv'],
    ['05', '5'],
  ])('%s → %s', (label, key) => {
    expect(printedLabelKey(label)).toBe(key);
  });

  it('is null for text with no label in it', () => {
    expect(printedLabelKey('')).toBeNull();
    expect(printedLabelKey(' ( ) ')).toBeNull();
  });

  it('gives dotted, parenthesised and compact spellings of one point the same key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 26 }), fc.integer({ min: 1, max: 39 }), (paragraph, letter, roman) => {
        const dotted = `${paragraph}.${letterLabel(letter)}.${toRoman(roman)}`;
        const parenthesised = `${paragraph}(${letterLabel(letter)})(${toRoman(roman)})`;
        return printedLabelKey(dotted) === dotted && printedLabelKey(parenthesised) === dotted;
      }),
    );
  });
});

describe('provisionsForPrintedLabel', () => {
  const version: Array<LabelledProvision & { id: string }> = [
    { id: 'p1', number: '1', label: '1' },
    { id: 'p2', number: '2', label: '2' },
    { id: 'p2a', number: '2.a', label: '2(a)' },
    { id: 'p3', number: '3', label: '3' },
    // A second series under "Conclusions and recommendations", printed 1, 2 again.
    { id: 'c1', number: '4', label: '1' },
    { id: 'c2', number: '5', label: '2' },
    { id: 'text', number: null, label: null },
  ];

  it('returns every provision a repeated printed label may mean, in reading order', () => {
    expect(provisionsForPrintedLabel(version, '1').map((item) => item.id)).toEqual(['p1', 'c1']);
    expect(provisionsForPrintedLabel(version, 'paragraph 2'.replace('paragraph ', '')).map((item) => item.id)).toEqual(['p2', 'c2']);
  });

  it('returns the one provision of an unambiguous label, however it is spelled', () => {
    expect(provisionsForPrintedLabel(version, '2a').map((item) => item.id)).toEqual(['p2a']);
    expect(provisionsForPrintedLabel(version, '2.a').map((item) => item.id)).toEqual(['p2a']);
    expect(provisionsForPrintedLabel(version, '3').map((item) => item.id)).toEqual(['p3']);
  });

  it('does not match a label by the normalised number of a provision printed otherwise', () => {
    // Number 4 is printed "1": a citation of "4" names nothing in this version.
    expect(provisionsForPrintedLabel(version, '4')).toEqual([]);
    expect(provisionsForPrintedLabel(version, '9')).toEqual([]);
  });

  it('matches a dotted-decimal print against a plain citation and back', () => {
    const dotted: LabelledProvision[] = [
      { number: '5', label: '5.0' },
      { number: '5.1', label: '5.1' },
      { number: '8.b', label: '8.0(b)' },
    ];
    expect(provisionsForPrintedLabel(dotted, '5')).toEqual([dotted[0]]);
    expect(provisionsForPrintedLabel(dotted, '5.0')).toEqual([dotted[0]]);
    expect(provisionsForPrintedLabel(dotted, '8(b)')).toEqual([dotted[2]]);
  });

  it('falls back to the normalised number for provisions stored without a label', () => {
    const old: LabelledProvision[] = [{ number: '49.b' }, { number: '52.f', label: null }];
    expect(provisionsForPrintedLabel(old, '49(b)')).toEqual([old[0]]);
    expect(provisionsForPrintedLabel(old, '52f')).toEqual([old[1]]);
  });

  it('returns nothing for a label with no number in it', () => {
    expect(provisionsForPrintedLabel(version, '')).toEqual([]);
  });
});
