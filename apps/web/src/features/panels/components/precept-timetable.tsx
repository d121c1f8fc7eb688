import type { PanelDeadline } from '@psp/contracts';
import { formatDate } from '@/lib/format';
import { TableHead } from '@/components/page';

// A date in the timetable that has gone by is "passed": the portal cannot know whether the step
// was taken on time, so it does not call it overdue.
const STATES: Record<PanelDeadline['state'], { text: string; className: string }> = {
  met: { text: 'Done', className: 'govuk-tag govuk-tag--green' },
  upcoming: { text: 'Upcoming', className: 'govuk-tag' },
  'due-soon': { text: 'Due soon', className: 'govuk-tag govuk-tag--yellow' },
  overdue: { text: 'Date passed', className: 'govuk-tag govuk-tag--grey' },
};

export function PreceptTimetable({ deadlines }: { deadlines: PanelDeadline[] }) {
  if (!deadlines.length) return null;
  return (
    <table className="govuk-table app-table--compact app-table--reflow">
      <caption className="govuk-table__caption govuk-table__caption--m">Precept timetable</caption>
      <TableHead columns={['By', 'What happens', <span className="govuk-visually-hidden">State</span>]} />
      <tbody className="govuk-table__body">
        {deadlines.map((deadline) => (
          <tr className="govuk-table__row" key={deadline.code}>
            <td className="govuk-table__cell app-nowrap" data-label="By">
              {formatDate(`${deadline.date}T12:00:00Z`)}
            </td>
            <td className="govuk-table__cell" data-label="What happens">
              {deadline.label}
            </td>
            <td className="govuk-table__cell">
              <strong className={STATES[deadline.state]?.className ?? 'govuk-tag'}>{STATES[deadline.state]?.text ?? deadline.state}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
