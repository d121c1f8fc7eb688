// A response under review or approved: the approver approves, returns or publishes it; the
// officer can take it back to draft while it is in review.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RecommendationDetail, Response, ResponseStatus, User } from '@psp/contracts';
import { nextResponseStatuses, checkResponseTransition } from '@psp/domain';
import { paths } from '@/config/paths';
import { formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { paragraphLabel } from '@/lib/format';
import { Prose, SummaryList } from '@/components/page';
import { ErrorSummary } from '@/components/feedback';
import { OutcomeTag, ResponseStatusTag } from '@/components/tags';
import { useTransitionResponse } from '../api/transition-response';

const DONE_LABELS: Partial<Record<ResponseStatus, string>> = { APPROVED: 'approved', PUBLISHED: 'published', DRAFT: 'returned to draft' };

const ACTION_LABELS: Partial<Record<ResponseStatus, string>> = {
  APPROVED: 'Approve the response',
  PUBLISHED: 'Publish the response',
  DRAFT: 'Return to draft',
};

export function ReviewPanel({ recommendation, response, user }: { recommendation: RecommendationDetail; response: Response; user: User }) {
  const navigate = useNavigate();
  const transition = useTransitionResponse();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const roles = user.roles;
  const actions = nextResponseStatuses(response.status).filter((to) => checkResponseTransition(response.status, to, roles).ok);
  const queue = roles.includes('OPCC_APPROVER') ? paths.workspace.review.href() : paths.workspace.responses.href();

  return (
    <>
      <ErrorSummary errors={errors} />
      <SummaryList
        rows={[
          { key: 'Status', value: <ResponseStatusTag status={response.status} /> },
          { key: 'Outcome', value: <OutcomeTag outcome={response.outcome} /> },
          { key: 'Response', value: <Prose text={response.text} /> },
          { key: 'Cites', value: response.provisions.length ? response.provisions.map((p) => paragraphLabel(p.number)).join(', ') : 'No paragraphs' },
        ]}
      />
      {actions.length ? (
        <div className="govuk-button-group">
          {actions.map((to) => (
            <button
              key={to}
              type="button"
              className={`govuk-button${to === 'DRAFT' ? ' govuk-button--secondary' : ''}`}
              disabled={transition.isPending}
              onClick={() =>
                transition.mutate(
                  { responseId: response.id, to, version: response.version },
                  {
                    onSuccess: (updated) =>
                      void navigate(queue, {
                        state: { flash: `Response to recommendation ${recommendation.number} ${DONE_LABELS[updated.status] ?? updated.status.toLowerCase()}` },
                      }),
                    onError: (error) => setErrors(formErrorsFromError(error)),
                  },
                )
              }
            >
              {ACTION_LABELS[to] ?? to}
            </button>
          ))}
        </div>
      ) : (
        <p className="govuk-body">There is nothing for you to do with this response now.</p>
      )}
    </>
  );
}
