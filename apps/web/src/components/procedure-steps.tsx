// One statutory procedure's steps: what happens, by when, and where it stands. The public panel
// home and the clerk's procedures page show it the same way.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProcedureView } from '@psp/contracts';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { TableHead } from './page';

type Step = ProcedureView['steps'][number];

const STATES: Record<Step['state'], { text: string; className: string }> = {
  done: { text: 'Done', className: 'govuk-tag govuk-tag--green' },
  upcoming: { text: 'Upcoming', className: 'govuk-tag' },
  'due-soon': { text: 'Due soon', className: 'govuk-tag govuk-tag--yellow' },
  overdue: { text: 'Overdue', className: 'govuk-tag govuk-tag--red' },
  'no-deadline': { text: 'No set date', className: 'govuk-tag govuk-tag--grey' },
  'not-applicable': { text: 'Only after a veto', className: 'govuk-tag govuk-tag--grey' },
};

/** A calendar day (YYYY-MM-DD) in words, read at midday so no zone moves it. */
const dayInWords = (day: string) => formatDate(`${day}T12:00:00Z`);

export function ProcedureSteps({ procedure, action }: { procedure: ProcedureView; action?: (step: Step) => ReactNode }) {
  return (
    <table className="govuk-table app-table--compact app-table--reflow">
      <caption className="govuk-table__caption govuk-table__caption--s">
        {procedure.title}
        {procedure.startedOn ? ` (notified ${dayInWords(procedure.startedOn)})` : ''}
        {procedure.vetoed ? ': the panel vetoed' : ''}
      </caption>
      <TableHead columns={['By', 'What happens', 'Where it stands', ...(action ? [<span className="govuk-visually-hidden">Record</span>] : [])]} />
      <tbody className="govuk-table__body">
        {procedure.steps.map((step) => (
          <tr className="govuk-table__row" key={step.code}>
            <td className="govuk-table__cell app-nowrap" data-label="By">
              {step.dueOn ? dayInWords(step.dueOn) : '–'}
            </td>
            <td className="govuk-table__cell" data-label="What happens">
              {step.label}
              {step.meeting || step.paper || step.note ? (
                <span className="app-secondary-text">
                  {' '}
                  {step.meeting ? (
                    <>
                      (
                      <Link className="govuk-link" to={paths.meeting.href(step.meeting.id)}>
                        {step.meeting.title}
                      </Link>
                      )
                    </>
                  ) : null}
                  {step.paper ? (
                    <>
                      {' '}
                      (
                      <Link className="govuk-link" to={paths.documentVersion.href(step.paper.versionId)}>
                        {step.paper.title}: {step.paper.label}
                      </Link>
                      )
                    </>
                  ) : null}
                  {step.note ? ` ${step.note}` : null}
                </span>
              ) : null}
            </td>
            <td className="govuk-table__cell" data-label="Where it stands">
              <strong className={STATES[step.state].className}>{STATES[step.state].text}</strong>
              {step.doneOn ? <span className="app-secondary-text"> {dayInWords(step.doneOn)}</span> : null}
            </td>
            {action ? <td className="govuk-table__cell">{action(step)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A procedure still running: some step that applies is not done. */
export const isOpen = (procedure: ProcedureView) => procedure.steps.some((step) => step.state !== 'done' && step.state !== 'not-applicable');
