import { citationSource } from './citations';

describe('citationSource', () => {
  const recommendation = 'It is noted that at point 24 the Plan refers to diversity.';

  it('is the text’s own citation when the words are in it, whatever their case and spacing', () => {
    expect(citationSource('point 24', recommendation)).toBe('AS_WRITTEN');
    expect(citationSource('Point  24', recommendation)).toBe('AS_WRITTEN');
  });

  it('is a link staff added when the text does not say it, names no number, or is unknown', () => {
    expect(citationSource('point 25', recommendation)).toBe('LINKED_BY_STAFF');
    expect(citationSource(null, recommendation)).toBe('LINKED_BY_STAFF');
    expect(citationSource('   ', recommendation)).toBe('LINKED_BY_STAFF');
    expect(citationSource('point 24', undefined)).toBe('LINKED_BY_STAFF');
  });
});
