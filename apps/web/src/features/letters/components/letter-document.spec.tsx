import { closingHasValediction } from './letter-document';

describe('the letter’s sign-off', () => {
  it('is the letter’s own when its closing ends with one, so none is added', () => {
    expect(closingHasValediction('I trust these responses help.\n\nYours truly,')).toBe(true);
    expect(closingHasValediction('I trust these responses help.\n\nyours faithfully,')).toBe(true);
  });

  it('is added when the closing has none', () => {
    expect(closingHasValediction('I trust these responses help.')).toBe(false);
    expect(closingHasValediction('Yours is the decision.\n\nI trust these responses help.')).toBe(false);
    expect(closingHasValediction(null)).toBe(false);
  });
});
