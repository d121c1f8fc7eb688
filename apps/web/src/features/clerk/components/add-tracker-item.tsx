// One click puts the recommendations tracker on the agenda: the portal writes its paper from the
// record (what waits for a response, overdue commitments, what was answered since the last meeting).
import { useState } from 'react';
import { formErrorsFromError } from '@/lib/form-errors';
import { ErrorSummary, NotificationBanner } from '@/components/feedback';
import { Button } from '@/components/forms';
import { useCreateAgendaItem } from '../api/create-agenda-item';

export function AddTrackerItem({ meetingId, number, onAgenda }: { meetingId: string; number: string; onAgenda: boolean }) {
  const create = useCreateAgendaItem(meetingId);
  const [added, setAdded] = useState<string | null>(null);
  if (onAgenda && !added) return null;
  return (
    <div className="govuk-!-margin-bottom-6">
      {added ? (
        <NotificationBanner success focus>
          <p className="govuk-notification-banner__heading">{added}</p>
        </NotificationBanner>
      ) : null}
      {create.isError ? <ErrorSummary errors={formErrorsFromError(create.error)} /> : null}
      {onAgenda ? null : (
        <>
          <p className="govuk-body">The recommendations tracker is not on this agenda. The portal writes its paper from the published record.</p>
          <Button
            type="button"
            variant="secondary"
            disabled={create.isPending}
            onClick={() =>
              create.mutate(
                {
                  number,
                  title: 'Recommendations tracker',
                  description: 'Recommendations awaiting a response, commitments overdue, and what was answered since the last meeting.',
                  generatedPaper: 'RECOMMENDATIONS_TRACKER',
                },
                { onSuccess: (item) => setAdded(`Item ${item.number} added: the recommendations tracker`) },
              )
            }
          >
            Add the recommendations tracker to the agenda
          </Button>
        </>
      )}
    </div>
  );
}
