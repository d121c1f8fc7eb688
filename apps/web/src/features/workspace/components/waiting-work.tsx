// The work waiting for the person on one panel, role by role: each count links to where it is done.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PanelWorkspace } from '@psp/contracts';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/format';

/** The noun for a count: "1 response", "2 responses". */
const noun = (count: number, singular: string, plural = `${singular}s`) => (count === 1 ? singular : plural);

interface Count {
  count: number;
  text: string;
  href: string;
  /** Overdue work stands out. */
  urgent?: boolean;
}

function Counts({ title, counts, extra }: { title: string; counts: Count[]; extra?: ReactNode }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{title}</h3>
      </div>
      <div className="govuk-summary-card__content">
        <ul className="govuk-list app-waiting-work">
          {counts.map((item) => (
            <li key={item.text}>
              <Link className="govuk-link govuk-link--no-visited-state" to={item.href}>
                <strong className={`app-waiting-work__count${item.urgent && item.count > 0 ? ' app-waiting-work__count--urgent' : ''}`}>{item.count}</strong>{' '}
                {item.text}
              </Link>
            </li>
          ))}
        </ul>
        {extra}
      </div>
    </div>
  );
}

export function WaitingWork({ workspace }: { workspace: PanelWorkspace }) {
  const slug = workspace.panel.slug;
  const { clerk, officer, approver, councillor, admin } = workspace;
  return (
    <>
      {clerk ? (
        <Counts
          title="Clerk"
          counts={[
            {
              count: clerk.meetingsWithoutMinutes,
              text: `held ${noun(clerk.meetingsWithoutMinutes, 'meeting')} without minutes`,
              href: paths.workspace.meetings.href(),
              urgent: true,
            },
            { count: clerk.minutesToApprove, text: 'draft minutes to approve', href: paths.workspace.meetings.href() },
            { count: clerk.minutesToPublish, text: 'approved minutes to publish', href: paths.workspace.meetings.href() },
            {
              count: clerk.procedureStepsDue,
              text: `statutory ${noun(clerk.procedureStepsDue, 'step')} due within a week or overdue`,
              href: paths.workspace.procedures.href(),
              urgent: true,
            },
          ]}
          extra={
            <p className="govuk-body govuk-!-margin-bottom-0">
              {clerk.nextMeeting ? (
                <>
                  Next meeting:{' '}
                  <Link className="govuk-link" to={paths.workspace.meeting.href(clerk.nextMeeting.id)}>
                    {clerk.nextMeeting.title}
                  </Link>
                  , {formatDateTime(clerk.nextMeeting.startsAt)}
                </>
              ) : (
                'No meeting is called yet.'
              )}
            </p>
          }
        />
      ) : null}
      {officer ? (
        <Counts
          title="Responses to draft"
          counts={[
            { count: officer.overdue, text: `${noun(officer.overdue, 'response')} overdue`, href: paths.workspace.responses.href(), urgent: true },
            { count: officer.dueSoon, text: `${noun(officer.dueSoon, 'response')} due within a week`, href: paths.workspace.responses.href() },
            { count: officer.returned, text: `${noun(officer.returned, 'response')} returned to you with a note`, href: paths.workspace.responses.href() },
            {
              count: officer.toDraft,
              text: `${noun(officer.toDraft, 'recommendation')} to answer in all`,
              href: paths.workspace.responses.href(),
            },
          ]}
        />
      ) : null}
      {approver ? (
        <Counts
          title="Approval and letters"
          counts={[
            { count: approver.toReview, text: `${noun(approver.toReview, 'response')} waiting for your review`, href: paths.workspace.review.href() },
            {
              count: approver.approvedNotInLetter,
              text: `approved ${noun(approver.approvedNotInLetter, 'response')} in no letter yet`,
              href: paths.workspace.newLetter.href(),
            },
            { count: approver.lettersToPublish, text: `draft ${noun(approver.lettersToPublish, 'letter')} to publish`, href: paths.workspace.letters.href() },
          ]}
        />
      ) : null}
      {councillor ? (
        <Counts
          title="Recommendations"
          counts={[
            {
              count: councillor.waiting,
              text: `${noun(councillor.waiting, 'recommendation')} waiting for a response`,
              href: paths.tracker.href(slug, { status: 'AWAITING_RESPONSE' }),
            },
            {
              count: councillor.overdue,
              text: `${noun(councillor.overdue, 'recommendation')} overdue`,
              href: paths.tracker.href(slug, { status: 'OVERDUE' }),
              urgent: true,
            },
            {
              count: councillor.answeredSinceLastVisit,
              text: `${noun(councillor.answeredSinceLastVisit, 'recommendation')} answered ${councillor.lastVisitAt ? `since your last visit (${formatDate(councillor.lastVisitAt)})` : 'so far'}`,
              href: paths.tracker.href(slug, { status: 'RESPONDED' }),
            },
          ]}
        />
      ) : null}
      {admin ? (
        <Counts
          title="Administration"
          counts={[
            {
              count: admin.peopleWithoutRole,
              text: `${noun(admin.peopleWithoutRole, 'person', 'people')} without a role`,
              href: paths.workspace.users.href(),
            },
          ]}
        />
      ) : null}
    </>
  );
}
