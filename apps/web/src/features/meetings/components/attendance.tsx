// Who attended the meeting, as the clerk recorded it: present, apologies, substitutes, absent.
import type { AttendanceRecord } from '@psp/contracts';

const GROUPS: Array<{ status: AttendanceRecord['status']; title: string }> = [
  { status: 'PRESENT', title: 'Present' },
  { status: 'SUBSTITUTED', title: 'Substitutes' },
  { status: 'APOLOGIES', title: 'Apologies' },
  { status: 'ABSENT', title: 'Absent' },
];

export function Attendance({ records, withinMinutes = false }: { records: AttendanceRecord[]; withinMinutes?: boolean }) {
  if (!records.length) return null;
  return (
    <>
      {withinMinutes ? <h3 className="govuk-heading-s">Attendance</h3> : <h2 className="govuk-heading-m">Attendance</h2>}
      <dl className="govuk-summary-list">
        {GROUPS.filter((group) => records.some((r) => r.status === group.status)).map((group) => (
          <div className="govuk-summary-list__row" key={group.status}>
            <dt className="govuk-summary-list__key">{group.title}</dt>
            <dd className="govuk-summary-list__value">
              {records
                .filter((r) => r.status === group.status)
                .map((r) => (r.status === 'SUBSTITUTED' && r.substitute ? `${r.substitute} (for ${r.name})` : r.name))
                .join(', ')}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
