import { addDaysToDay, preceptSteps, procedureSteps, STATUTORY_STEPS, stepState } from './procedures';

describe('statutory procedures', () => {
  it('puts the precept on its statutory days, the revised-precept report only after a veto', () => {
    const steps = procedureSteps(preceptSteps(), { year: 2027, startedOn: null }, false);
    expect(steps.map((s) => [s.code, s.dueOn, s.applies])).toEqual([
      ['PRECEPT_NOTIFY', '2027-02-01', true],
      ['PANEL_PRECEPT_REPORT', '2027-02-08', true],
      ['PCC_PRECEPT_RESPONSE', '2027-02-15', true],
      ['PANEL_REVISED_PRECEPT_REPORT', '2027-02-22', false],
      ['PRECEPT_ISSUE', '2027-03-01', true],
    ]);
    expect(procedureSteps(preceptSteps(), { year: 2027, startedOn: null }, true).find((s) => s.code === 'PANEL_REVISED_PRECEPT_REPORT')?.applies).toBe(true);
  });

  it("gives the confirmation hearing's report three weeks beginning with the day of notification (that day counted)", () => {
    // Notified on Monday 1 March 2027: the three weeks end on Sunday 21 March.
    const steps = procedureSteps(STATUTORY_STEPS.CONFIRMATION_HEARING, { year: null, startedOn: '2027-03-01' }, false);
    expect(steps.find((s) => s.code === 'PANEL_REPORT')?.dueOn).toBe('2027-03-21');
    // Across the end of February in a leap year.
    expect(
      procedureSteps(STATUTORY_STEPS.CONFIRMATION_HEARING, { year: null, startedOn: '2028-02-15' }, false).find((s) => s.code === 'PANEL_REPORT')?.dueOn,
    ).toBe('2028-03-06');
  });

  it('leaves a step without a statutory period undated, unless the panel sets one', () => {
    const plain = procedureSteps(STATUTORY_STEPS.PLAN_REVIEW, { year: null, startedOn: '2027-01-10' }, false);
    expect(plain.find((s) => s.code === 'PANEL_REPORT')?.dueOn).toBeNull();
    const local = procedureSteps(STATUTORY_STEPS.PLAN_REVIEW, { year: null, startedOn: '2027-01-10' }, false, [{ code: 'PANEL_REPORT', daysAfterStart: 28 }]);
    expect(local.find((s) => s.code === 'PANEL_REPORT')?.dueOn).toBe('2027-02-07');
  });

  it('tells where a step stands on a day', () => {
    const step = { dueOn: '2027-02-08', applies: true };
    expect(stepState(step, null, '2027-01-20')).toBe('upcoming');
    expect(stepState(step, null, '2027-02-01')).toBe('due-soon');
    expect(stepState(step, null, '2027-02-08')).toBe('due-soon');
    expect(stepState(step, null, '2027-02-09')).toBe('overdue');
    expect(stepState(step, '2027-02-07', '2027-02-09')).toBe('done');
    expect(stepState({ dueOn: null, applies: true }, null, '2027-02-09')).toBe('no-deadline');
    expect(stepState({ dueOn: '2027-02-22', applies: false }, null, '2027-03-09')).toBe('not-applicable');
    expect(addDaysToDay('2027-12-31', 1)).toBe('2028-01-01');
  });
});
