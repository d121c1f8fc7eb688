import fc from 'fast-check';
import {
  COUNTED_STATUSES,
  can,
  rolesWith,
  ROLE_NAMES,
  PERMISSIONS,
  type RoleName,
  checkResponseTransition,
  checkMinutesTransition,
  isResponseEditable,
  nextResponseStatuses,
  type ResponseStatusName,
  canSeeLetter,
  canSeeResponse,
  canSeeVersion,
  deriveRecommendationStatus,
  defaultResponseDueDate,
  deadlineState,
  daysUntil,
  preceptTimetable,
  STATUTORY_PRECEPT_RULES,
  addDays,
} from './index';

const STATUSES: ResponseStatusName[] = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED'];
const rolesArb = fc.subarray([...ROLE_NAMES]);

describe('roles and permissions', () => {
  it('grants the permission matrix of the design', () => {
    expect(rolesWith('recommendation:write')).toEqual(['CLERK']);
    expect(rolesWith('minutes:write')).toEqual(['CLERK']);
    expect(rolesWith('response:draft')).toEqual(['OPCC_OFFICER']);
    expect(rolesWith('response:approve')).toEqual(['OPCC_APPROVER']);
    expect(rolesWith('response:publish')).toEqual(['OPCC_APPROVER']);
    expect(rolesWith('response:view-unpublished')).toEqual(['OPCC_OFFICER', 'OPCC_APPROVER']);
    expect(rolesWith('users:manage')).toEqual(['ADMIN']);
    expect(rolesWith('plan:import')).toEqual(['OPCC_OFFICER', 'OPCC_APPROVER', 'ADMIN']);
  });

  it('gives the public and panel members no write permission at all', () => {
    for (const permission of PERMISSIONS) {
      expect(can([], permission)).toBe(false);
      expect(can(['PANEL_MEMBER'], permission)).toBe(false);
    }
  });

  it('is monotonic: adding a role never removes a permission', () => {
    fc.assert(
      fc.property(rolesArb, fc.constantFrom(...ROLE_NAMES), fc.constantFrom(...PERMISSIONS), (roles, extra, permission) => {
        if (can(roles, permission)) expect(can([...roles, extra], permission)).toBe(true);
      }),
    );
  });
});

describe('response lifecycle', () => {
  it('lets an officer submit a draft, and an approver approve and publish', () => {
    expect(checkResponseTransition('DRAFT', 'IN_REVIEW', ['OPCC_OFFICER'])).toEqual({ ok: true });
    expect(checkResponseTransition('IN_REVIEW', 'APPROVED', ['OPCC_APPROVER'])).toEqual({ ok: true });
    expect(checkResponseTransition('APPROVED', 'PUBLISHED', ['OPCC_APPROVER'])).toEqual({ ok: true });
  });

  it('forbids an officer to approve or publish', () => {
    expect(checkResponseTransition('IN_REVIEW', 'APPROVED', ['OPCC_OFFICER'])).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(checkResponseTransition('APPROVED', 'PUBLISHED', ['OPCC_OFFICER'])).toMatchObject({ ok: false, reason: 'forbidden' });
  });

  it('calls skipping steps or leaving PUBLISHED illegal, whoever asks', () => {
    const everyone: RoleName[] = [...ROLE_NAMES];
    expect(checkResponseTransition('DRAFT', 'PUBLISHED', everyone)).toMatchObject({ ok: false, reason: 'illegal' });
    expect(checkResponseTransition('DRAFT', 'APPROVED', everyone)).toMatchObject({ ok: false, reason: 'illegal' });
    for (const to of STATUSES) expect(checkResponseTransition('PUBLISHED', to, everyone)).toMatchObject({ ok: false, reason: 'illegal' });
    expect(nextResponseStatuses('PUBLISHED')).toEqual([]);
  });

  it('never lets a role without OPCC permissions move a response', () => {
    fc.assert(
      fc.property(
        fc.subarray(['PANEL_MEMBER', 'CLERK', 'ADMIN'] as RoleName[]),
        fc.constantFrom(...STATUSES),
        fc.constantFrom(...STATUSES),
        (roles, from, to) => {
          expect(checkResponseTransition(from, to, roles).ok).toBe(false);
        },
      ),
    );
  });

  it('edits drafts only', () => {
    expect(STATUSES.filter(isResponseEditable)).toEqual(['DRAFT']);
  });

  it('moves minutes DRAFT → APPROVED → PUBLISHED by the clerk only', () => {
    expect(checkMinutesTransition('DRAFT', 'APPROVED', ['CLERK'])).toEqual({ ok: true });
    expect(checkMinutesTransition('APPROVED', 'PUBLISHED', ['CLERK'])).toEqual({ ok: true });
    expect(checkMinutesTransition('DRAFT', 'PUBLISHED', ['CLERK'])).toMatchObject({ reason: 'illegal' });
    expect(checkMinutesTransition('DRAFT', 'APPROVED', ['OPCC_APPROVER'])).toMatchObject({ reason: 'forbidden' });
  });
});

describe('visibility', () => {
  it('shows unpublished responses to OPCC roles only', () => {
    fc.assert(
      fc.property(rolesArb, fc.constantFrom(...STATUSES), (roles, status) => {
        const opcc = roles.includes('OPCC_OFFICER') || roles.includes('OPCC_APPROVER');
        expect(canSeeResponse(status, roles)).toBe(status === 'PUBLISHED' || opcc);
        expect(canSeeLetter(status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT', roles)).toBe(status === 'PUBLISHED' || opcc);
      }),
    );
  });

  it('shows draft minutes to the clerk and draft plans to the OPCC, published ones to everyone', () => {
    expect(canSeeVersion('MINUTES', 'DRAFT', ['CLERK'])).toBe(true);
    expect(canSeeVersion('MINUTES', 'DRAFT', ['OPCC_APPROVER', 'PANEL_MEMBER'])).toBe(false);
    expect(canSeeVersion('PLAN', 'DRAFT', ['OPCC_OFFICER'])).toBe(true);
    expect(canSeeVersion('PLAN', 'DRAFT', ['CLERK', 'PANEL_MEMBER'])).toBe(false);
    expect(canSeeVersion('PLAN', 'DRAFT', ['ADMIN'])).toBe(true);
    expect(canSeeVersion('MINUTES', 'DRAFT', ['ADMIN'])).toBe(false);
    expect(canSeeVersion('REPORT', 'APPROVED', [])).toBe(false);
    expect(canSeeVersion('REPORT', 'PUBLISHED', [])).toBe(true);
  });
});

describe('recommendation status', () => {
  const now = new Date('2017-03-10T12:00:00Z');
  it('derives each status', () => {
    expect(deriveRecommendationStatus({ withdrawnAt: null, closedAt: null, dueAt: new Date('2017-03-20'), firstPublishedResponseAt: null }, now)).toBe(
      'AWAITING_RESPONSE',
    );
    expect(deriveRecommendationStatus({ withdrawnAt: null, closedAt: null, dueAt: null, firstPublishedResponseAt: null }, now)).toBe('AWAITING_RESPONSE');
    expect(deriveRecommendationStatus({ withdrawnAt: null, closedAt: null, dueAt: new Date('2017-03-01'), firstPublishedResponseAt: null }, now)).toBe(
      'OVERDUE',
    );
    expect(
      deriveRecommendationStatus({ withdrawnAt: null, closedAt: null, dueAt: new Date('2017-03-01'), firstPublishedResponseAt: new Date('2017-03-02') }, now),
    ).toBe('RESPONDED');
    expect(
      deriveRecommendationStatus({ withdrawnAt: null, closedAt: new Date('2017-03-05'), dueAt: new Date('2017-03-01'), firstPublishedResponseAt: null }, now),
    ).toBe('CLOSED');
    // Withdrawn wins over everything: a recommendation recorded by mistake is neither overdue nor answered.
    expect(
      deriveRecommendationStatus(
        {
          withdrawnAt: new Date('2017-03-06'),
          closedAt: new Date('2017-03-05'),
          dueAt: new Date('2017-03-01'),
          firstPublishedResponseAt: new Date('2017-03-02'),
        },
        now,
      ),
    ).toBe('WITHDRAWN');
    expect(COUNTED_STATUSES).not.toContain('WITHDRAWN');
  });

  it('is overdue exactly when past due, open and unanswered', () => {
    fc.assert(
      fc.property(
        fc.option(fc.date({ noInvalidDate: true })),
        fc.option(fc.date({ noInvalidDate: true })),
        fc.option(fc.date({ noInvalidDate: true })),
        fc.option(fc.date({ noInvalidDate: true })),
        fc.date({ noInvalidDate: true }),
        (withdrawnAt, closedAt, dueAt, firstPublishedResponseAt, at) => {
          const status = deriveRecommendationStatus({ withdrawnAt, closedAt, dueAt, firstPublishedResponseAt }, at);
          expect(status === 'OVERDUE').toBe(!withdrawnAt && !closedAt && !firstPublishedResponseAt && !!dueAt && dueAt.getTime() < at.getTime());
          expect(status === 'WITHDRAWN').toBe(withdrawnAt !== null);
        },
      ),
    );
  });
});

describe('deadlines', () => {
  it('gives the statutory precept timetable in date order', () => {
    const timetable = preceptTimetable(2017);
    expect(timetable.map((d) => [d.code, d.date.toISOString().slice(0, 10)])).toEqual([
      ['PRECEPT_NOTIFY', '2017-02-01'],
      ['PANEL_PRECEPT_REPORT', '2017-02-08'],
      ['PCC_PRECEPT_RESPONSE', '2017-02-15'],
      ['PANEL_REVISED_PRECEPT_REPORT', '2017-02-22'],
      ['PRECEPT_ISSUE', '2017-03-01'],
    ]);
    expect(STATUTORY_PRECEPT_RULES).toHaveLength(5);
  });

  it('rejects an impossible rule', () => {
    expect(() => preceptTimetable(2017, [{ code: 'X', label: 'x', month: 2, day: 30 }])).toThrow(RangeError);
    expect(() => preceptTimetable(2017, [{ code: 'X', label: 'x', month: 13, day: 1 }])).toThrow(RangeError);
  });

  it('computes due dates and their state', () => {
    const meeting = new Date('2017-02-03T14:00:00Z');
    const due = defaultResponseDueDate(meeting, 28);
    expect(due.toISOString()).toBe('2017-03-03T14:00:00.000Z');
    expect(() => defaultResponseDueDate(meeting, 0)).toThrow(RangeError);
    expect(deadlineState(due, new Date('2017-02-10'))).toBe('upcoming');
    expect(deadlineState(due, new Date('2017-02-28'))).toBe('due-soon');
    expect(deadlineState(due, new Date('2017-03-04'))).toBe('overdue');
    expect(deadlineState(due, new Date('2017-03-04'), { doneAt: new Date('2017-03-02') })).toBe('met');
    expect(daysUntil(due, new Date('2017-03-01T23:00:00Z'))).toBe(2);
    expect(daysUntil(addDays(due, -5), due)).toBe(-5);
  });
});
