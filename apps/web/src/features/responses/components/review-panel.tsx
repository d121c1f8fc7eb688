// A response under review or approved: the approver approves, returns or publishes it; the
// officer can take it back to draft while it is in review.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RecommendationDetail, Response, ResponseStatus, User } from '@psp/contracts';
import { nextResponseStatuses, checkResponseTransition } from '@psp/domain';
import { paths } from '@/config/paths';
import { formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { Prose, SummaryList } from '@/components/page';
import { ErrorSummary, WarningText } from '@/components/feedback';
import { Textarea } from '@/components/forms';
import { OutcomeTag, ResponseStatusTag } from '@/components/tags';
import { useTransitionResponse } from '../api/transition-response';
import { CitedParagraphs } from './cited-paragraphs';

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
  // Returning asks first what the officer should change; the note reaches them on their page and in the history.
  const [returning, setReturning] = useState(false);
  // Publishing makes the response public at once: the first click asks to confirm.
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const [comment, setComment] = useState('');
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
        ]}
      />
      <h2 className="govuk-heading-s">Paragraphs the response cites</h2>
      <CitedParagraphs provisions={response.provisions} empty="The response cites no paragraph of the plan." />
      {actions.length ? (
        <>
          {confirmingPublish ? (
            <WarningText>
              Anyone will be able to read this response to recommendation {recommendation.number} as soon as you publish it, on its own, before any letter.
            </WarningText>
          ) : null}
          {returning ? (
            <Textarea
              name="comment"
              label="What should the officer change?"
              hint="The officer sees this on the response, and it is kept in its history. It is never published."
              rows={4}
              value={comment}
              onChange={setComment}
            />
          ) : null}
          <div className="govuk-button-group">
            {actions
              .filter((to) => (!returning || to === 'DRAFT') && (!confirmingPublish || to === 'PUBLISHED'))
              .map((to) => (
                <button
                  key={to}
                  type="button"
                  className={`govuk-button${to === 'DRAFT' ? ' govuk-button--secondary' : ''}`}
                  disabled={transition.isPending}
                  onClick={() => {
                    // The first click on "Return to draft" asks for the note; the second returns it.
                    if (to === 'DRAFT' && !returning) return setReturning(true);
                    if (to === 'PUBLISHED' && !confirmingPublish) return setConfirmingPublish(true);
                    transition.mutate(
                      { responseId: response.id, to, version: response.version, comment: to === 'DRAFT' ? comment.trim() || undefined : undefined },
                      {
                        onSuccess: (updated) =>
                          void navigate(queue, {
                            state: {
                              flash: `Response to recommendation ${recommendation.number} ${DONE_LABELS[updated.status] ?? updated.status.toLowerCase()}`,
                            },
                          }),
                        onError: (error) => setErrors(formErrorsFromError(error)),
                      },
                    );
                  }}
                >
                  {to === 'DRAFT' && returning
                    ? 'Return to draft with this note'
                    : to === 'PUBLISHED' && confirmingPublish
                      ? 'Yes, publish the response'
                      : (ACTION_LABELS[to] ?? to)}
                </button>
              ))}
            {returning || confirmingPublish ? (
              <button
                type="button"
                className="govuk-link app-link-button"
                onClick={() => {
                  setReturning(false);
                  setConfirmingPublish(false);
                }}
              >
                Cancel
              </button>
            ) : null}
          </div>
        </>
      ) : (
        <p className="govuk-body">There is nothing for you to do with this response now.</p>
      )}
    </>
  );
}
