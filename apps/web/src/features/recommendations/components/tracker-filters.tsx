import { useState } from 'react';
import type { MeetingSummary } from '@psp/contracts';
import { RECOMMENDATION_STATUSES } from '@psp/domain';
import { formatShortDate } from '@/lib/format';
import { OUTCOME_LABELS, STATUS_LABELS } from '@/components/tags';
import { EMPTY_FILTERS, OUTCOMES, type FilterValues } from '../filters';

/** The filter form; its values start from the URL, and applying them writes the URL. */
export function TrackerFilters({
  initial,
  themes,
  meetings,
  onApply,
}: {
  initial: FilterValues;
  themes: string[];
  meetings: MeetingSummary[];
  onApply: (values: FilterValues) => void;
}) {
  const [values, setValues] = useState<FilterValues>(initial);
  const set = (key: keyof FilterValues) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });

  return (
    <form
      className="app-filters"
      aria-label="Filter recommendations"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(values);
      }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="filter-q">
              Words in the recommendation
            </label>
            <input className="govuk-input" id="filter-q" name="q" type="search" value={values.q} onChange={set('q')} />
          </div>
        </div>
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="filter-status">
              Status
            </label>
            <select className="govuk-select govuk-!-width-full" id="filter-status" name="status" value={values.status} onChange={set('status')}>
              <option value="">Any status</option>
              {RECOMMENDATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="filter-outcome">
              Latest outcome
            </label>
            <select className="govuk-select govuk-!-width-full" id="filter-outcome" name="outcome" value={values.outcome} onChange={set('outcome')}>
              <option value="">Any outcome</option>
              {OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {OUTCOME_LABELS[outcome]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="filter-meeting">
              Meeting
            </label>
            <select className="govuk-select govuk-!-width-full" id="filter-meeting" name="meetingId" value={values.meetingId} onChange={set('meetingId')}>
              <option value="">Any meeting</option>
              {meetings.map((meeting) => (
                <option key={meeting.id} value={meeting.id}>
                  {formatShortDate(meeting.startsAt)} – {meeting.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="filter-theme">
              Theme
            </label>
            <select className="govuk-select govuk-!-width-full" id="filter-theme" name="theme" value={values.theme} onChange={set('theme')}>
              <option value="">Any theme</option>
              {themes.map((theme) => (
                <option key={theme} value={theme}>
                  {theme}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="govuk-grid-column-one-third">
          <div className="govuk-button-group app-filters__actions">
            <button type="submit" className="govuk-button">
              Apply filters
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => { setValues(EMPTY_FILTERS); onApply(EMPTY_FILTERS); }}>
              Clear filters
            </button>
          </div>
        </div>
      </div>
    </form>
  );
}
