import { Link } from 'react-router';
import type { DocumentSummary } from '@psp/contracts';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';

/** The latest published version of each plan, and how it differs from the one before. */
export function PlanLinks({ documents }: { documents: DocumentSummary[] }) {
  const plans = documents.filter((document) => document.kind === 'PLAN');
  if (!plans.length) return <p className="govuk-body">No plan has been published yet.</p>;
  return (
    <ul className="govuk-list govuk-list--spaced">
      {plans.map((plan) => {
        const published = plan.versions.filter((version) => version.status === 'PUBLISHED');
        const latest = published[published.length - 1] ?? plan.versions[plan.versions.length - 1];
        const previous = published.length > 1 ? published[published.length - 2] : undefined;
        if (!latest) return null;
        return (
          <li key={plan.id}>
            <Link className="govuk-link govuk-!-font-weight-bold" to={paths.documentVersion.href(latest.id)}>
              {plan.title}
            </Link>
            <br />
            <span className="app-secondary-text">
              {latest.label}
              {latest.publishedAt ? `, published ${formatDate(latest.publishedAt)}` : ''}
            </span>
            {latest.reconstructed ? (
              <>
                <br />
                <span className="app-secondary-text app-reconstructed-note">Its wording is partly a reconstruction: the plan’s page says what and why.</span>
              </>
            ) : null}
            {previous ? (
              <>
                <br />
                <Link className="govuk-link" to={paths.documentChanges.href(latest.id, { base: previous.id, onlyChanges: true })}>
                  What changed from the {previous.label.toLowerCase().startsWith('draft') ? 'draft' : 'previous version'}
                  <span className="govuk-visually-hidden"> of the {plan.title}</span>
                </Link>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
