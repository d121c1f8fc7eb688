import { COMMITMENT_DUE_SOON_DAYS, commitmentDueDate, commitmentState, isPassageOf } from './commitments';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const now = day('2017-06-01');

describe('commitmentState', () => {
  it('is fulfilled once something fulfilled it, whatever its date', () => {
    expect(commitmentState({ dueAt: day('2017-01-01'), dueMeetingStartsAt: null, fulfilledAt: day('2017-02-01') }, now)).toBe('FULFILLED');
  });

  it('is never overdue without a date or a meeting', () => {
    expect(commitmentState({ dueAt: null, dueMeetingStartsAt: null, fulfilledAt: null }, day('2030-01-01'))).toBe('OPEN');
  });

  it('falls overdue at its date, and is due soon in the fortnight before', () => {
    const due = day('2017-06-10');
    expect(commitmentState({ dueAt: due, dueMeetingStartsAt: null, fulfilledAt: null }, day('2017-05-01'))).toBe('OPEN');
    expect(commitmentState({ dueAt: due, dueMeetingStartsAt: null, fulfilledAt: null }, new Date(due.getTime() - COMMITMENT_DUE_SOON_DAYS * 86_400_000))).toBe(
      'DUE_SOON',
    );
    expect(commitmentState({ dueAt: due, dueMeetingStartsAt: null, fulfilledAt: null }, new Date(due.getTime() - 1))).toBe('DUE_SOON');
    expect(commitmentState({ dueAt: due, dueMeetingStartsAt: null, fulfilledAt: null }, due)).toBe('OVERDUE');
  });

  it('is due by the meeting it is promised for, or its own date if that is earlier', () => {
    const meeting = day('2017-07-01');
    expect(commitmentDueDate({ dueAt: null, dueMeetingStartsAt: meeting, fulfilledAt: null })).toEqual(meeting);
    expect(commitmentDueDate({ dueAt: day('2017-06-20'), dueMeetingStartsAt: meeting, fulfilledAt: null })).toEqual(day('2017-06-20'));
    expect(commitmentState({ dueAt: null, dueMeetingStartsAt: meeting, fulfilledAt: null }, day('2017-07-02'))).toBe('OVERDUE');
  });
});

describe('isPassageOf', () => {
  const letter =
    'These views will help to shape the development of a Victims’ Strategy which will incorporate\nthe monitoring of victim satisfaction. **Please see Para 40.**';
  it('finds the words whatever the line breaks, quotes, case and emphasis', () => {
    expect(isPassageOf("a Victims' Strategy which will incorporate the monitoring of victim satisfaction", letter)).toBe(true);
    expect(isPassageOf('please see para 40', letter)).toBe(true);
  });
  it('refuses words the text does not have, and nothing at all', () => {
    expect(isPassageOf('a Victims’ Strategy which will replace the monitoring', letter)).toBe(false);
    expect(isPassageOf('   ', letter)).toBe(false);
  });
});
