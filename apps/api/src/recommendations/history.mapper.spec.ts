import type { AuditEntry } from '../common/audit.repository';
import { mapHistory, summarise } from './history.mapper';

const entry = (action: string, after: unknown = null): AuditEntry => ({ at: new Date('2017-03-02T12:00:00Z'), action, actor: null, before: null, after });

describe('recommendation history', () => {
  it('tells each step in a sentence', () => {
    expect(summarise(entry('recommendation.created', { number: 12 }))).toBe('Recommendation 12 was recorded.');
    expect(summarise(entry('recommendation.closed', { closedReason: 'Superseded.' }))).toBe('The panel closed the recommendation: Superseded.');
    expect(summarise(entry('response.created', { outcome: 'PARTIALLY_ACCEPTED' }))).toBe('A response was drafted (partly accepted).');
    expect(summarise(entry('response.published', { outcome: 'ALREADY_ADDRESSED' }))).toBe(
      "The Commissioner's response was published: already addressed in the plan.",
    );
    expect(summarise(entry('response.published', { outcome: 'SOMETHING_NEW' }))).toBe("The Commissioner's response was published.");
    expect(summarise(entry('response.returned'))).toBe('The response was returned to draft for more work.');
  });

  it('still says something for an event it has no sentence for', () => {
    expect(summarise(entry('responseLetter.published'))).toBe('ResponseLetter published.');
    expect(mapHistory([entry('amendment.created')])).toEqual([
      { at: '2017-03-02T12:00:00.000Z', action: 'amendment.created', summary: 'Amendment created.', actor: null },
    ]);
  });
});
