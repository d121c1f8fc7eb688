import { keyMinuteItems, normaliseMinuteNumbers } from './minute-items';

describe('minute items', () => {
  it('normalises printed numbers and reports bad or repeated ones by field', () => {
    const { numbers, errors } = normaliseMinuteNumbers([
      { number: '44', text: 'a' },
      { number: '44(ix)', text: 'b' },
      { number: 'Item 45', text: 'c' },
      { number: 'minutes', text: 'd' },
      { number: '44.ix', text: 'e' },
    ]);
    expect(numbers.slice(0, 3)).toEqual(['44', '44.ix', '45']);
    expect(errors).toEqual([
      { path: 'items.3.number', message: expect.stringMatching(/like 44 or 44\(ix\)/) },
      { path: 'items.4.number', message: 'Item 44.ix appears more than once' },
    ]);
  });

  it('keeps the key of a number from the previous version and gives new numbers new keys', () => {
    let next = 0;
    const newKey = () => `new-${++next}`;
    const items = [
      { number: '44', text: 'Performance update', heading: ' Performance ' },
      { number: '44(ix)', text: 'A report on the 101 service' },
      { number: '46', text: 'Date of next meeting' },
    ];
    const { numbers } = normaliseMinuteNumbers(items);
    const keyed = keyMinuteItems(
      items,
      numbers,
      [
        { number: '44', provisionKey: 'k44' },
        { number: '44.ix', provisionKey: 'k44ix' },
        { number: '45', provisionKey: 'k45' },
      ],
      newKey,
    );
    expect(keyed).toEqual([
      { provisionKey: 'k44', number: '44', heading: 'Performance', text: 'Performance update', depth: 0, parentKey: null, kind: 'PARAGRAPH', position: 0 },
      { provisionKey: 'k44ix', number: '44.ix', heading: null, text: 'A report on the 101 service', depth: 1, parentKey: 'k44', kind: 'POINT', position: 1 },
      { provisionKey: 'new-1', number: '46', heading: null, text: 'Date of next meeting', depth: 0, parentKey: null, kind: 'PARAGRAPH', position: 2 },
    ]);
  });
});
