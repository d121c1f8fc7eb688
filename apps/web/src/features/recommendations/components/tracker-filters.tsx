import { useState } from 'react';
import { Link } from 'react-router';
import type { MeetingSummary } from '@psp/contracts';
import { RECOMMENDATION_STATUSES } from '@psp/domain';
import { formatShortDate } from '@/lib/format';
import { Select, TextInput } from '@/components/forms';
import { IMPLEMENTATION_LABELS, OUTCOME_LABELS, STATUS_LABELS } from '@/components/tags';
import { IMPLEMENTATION_STATES } from '@psp/contracts/enums';
import { EMPTY_FILTERS, OUTCOMES, type FilterValues } from '../filters';

/**
 * The filter form; its values start from the URL, and applying them writes the URL. It is a
 * plain GET form to `action` (the tracker), so it filters without JavaScript too.
 */
export function TrackerFilters({
  initial,
  themes,
  meetings,
  action,
  onApply,
}: {
  initial: FilterValues;
  themes: string[];
  meetings: MeetingSummary[];
  action: string;
  onApply: (values: FilterValues) => void;
}) {
  const [values, setValues] = useState<FilterValues>(initial);
  const set = (key: keyof FilterValues) => (value: string) => setValues({ ...values, [key]: value });
  const anyOr = (any: string, options: Array<{ value: string; text: string }>) => [{ value: '', text: any }, ...options];

  return (
    <form
      className="app-filters"
      method="get"
      action={action}
      aria-label="Filter recommendations"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(values);
      }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput name="q" type="search" label="Words in the recommendation" labelClassName="govuk-label--s" value={values.q} onChange={set('q')} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            name="status"
            label="Status"
            labelClassName="govuk-label--s"
            fullWidth
            value={values.status}
            onChange={set('status')}
            options={anyOr(
              'Any status',
              RECOMMENDATION_STATUSES.map((status) => ({ value: status, text: STATUS_LABELS[status] })),
            )}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            name="outcome"
            label="Latest outcome"
            labelClassName="govuk-label--s"
            fullWidth
            value={values.outcome}
            onChange={set('outcome')}
            options={anyOr(
              'Any outcome',
              OUTCOMES.map((outcome) => ({ value: outcome, text: OUTCOME_LABELS[outcome] })),
            )}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            name="implementation"
            label="Implementation"
            labelClassName="govuk-label--s"
            fullWidth
            value={values.implementation}
            onChange={set('implementation')}
            options={anyOr(
              'Any, or not tracked',
              IMPLEMENTATION_STATES.map((state) => ({ value: state, text: IMPLEMENTATION_LABELS[state] })),
            )}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            name="sort"
            label="Order"
            labelClassName="govuk-label--s"
            fullWidth
            value={values.sort}
            onChange={set('sort')}
            options={[
              { value: '', text: 'Newest meeting first' },
              { value: 'implementation', text: 'By implementation, then newest meeting' },
            ]}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            name="meetingId"
            label="Meeting"
            labelClassName="govuk-label--s"
            fullWidth
            value={values.meetingId}
            onChange={set('meetingId')}
            options={anyOr(
              'Any meeting',
              meetings.map((meeting) => ({ value: meeting.id, text: `${formatShortDate(meeting.startsAt)} – ${meeting.title}` })),
            )}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            name="theme"
            label="Theme"
            labelClassName="govuk-label--s"
            fullWidth
            value={values.theme}
            onChange={set('theme')}
            options={anyOr(
              'Any theme',
              themes.map((theme) => ({ value: theme, text: theme })),
            )}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <div className="govuk-button-group app-filters__actions">
            <button type="submit" className="govuk-button">
              Apply filters
            </button>
            <Link to={action} role="button" draggable="false" className="govuk-button govuk-button--secondary" onClick={() => setValues(EMPTY_FILTERS)}>
              Clear filters
            </Link>
          </div>
        </div>
      </div>
    </form>
  );
}
