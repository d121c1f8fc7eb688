// The response letter laid out like the commissioner's letter of 2 March 2017: reference, date,
// addressee, subject; each recommendation quoted in italics, then the answer; signature.
import { Link } from 'react-router';
import type { ResponseLetter } from '@psp/contracts';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { Prose } from '@/components/page';
import { OutcomeTag } from '@/components/tags';

/** True when the closing already ends with the letter's own valediction ("Yours truly,"): then no second one is added. */
export function closingHasValediction(closing: string | null): boolean {
  const last =
    closing
      ?.trim()
      .split(/\n\s*\n/)
      .at(-1)
      ?.trim() ?? '';
  return /^yours\b/i.test(last);
}

export function LetterDocument({ letter }: { letter: ResponseLetter }) {
  return (
    <article className="app-letter" aria-labelledby="letter-subject">
      {letter.provenanceNote ? (
        <div className="govuk-inset-text app-letter__provenance">
          <strong>About this copy of the letter:</strong> {letter.provenanceNote}
        </div>
      ) : null}
      <dl className="govuk-body app-letter__meta">
        <div>
          <dt className="govuk-!-display-inline">Our reference: </dt>
          <dd className="govuk-!-display-inline govuk-!-margin-left-0">{letter.reference}</dd>
        </div>
        <div>
          <dt className="govuk-!-display-inline">Date: </dt>
          <dd className="govuk-!-display-inline govuk-!-margin-left-0">{formatDate(letter.date)}</dd>
        </div>
      </dl>
      <p className="govuk-body">{letter.addressee}</p>
      {letter.salutation ? <p className="govuk-body">{letter.salutation}</p> : null}
      <h2 className="govuk-heading-m" id="letter-subject">
        {letter.subject}
      </h2>
      {letter.opening ? <Prose text={letter.opening} /> : null}
      {letter.items.map(({ recommendation, response }) => (
        <section className="app-letter__item govuk-!-margin-bottom-6" key={response.id} aria-label={`Recommendation ${recommendation.number}`}>
          <h3 className="govuk-heading-s">
            <Link className="govuk-link" to={paths.recommendation.href(recommendation.id)}>
              Recommendation {recommendation.number}
            </Link>
          </h3>
          <blockquote className="govuk-inset-text app-letter__recommendation govuk-!-margin-top-0">
            <Prose text={recommendation.text} />
          </blockquote>
          <p className="govuk-body">
            <strong>Response</strong> <OutcomeTag outcome={response.outcome} />
          </p>
          <Prose text={response.text} />
        </section>
      ))}
      {letter.closing ? <Prose text={letter.closing} /> : null}
      {closingHasValediction(letter.closing) ? null : <p className="govuk-body govuk-!-margin-top-6">Yours sincerely,</p>}
      <p className="govuk-body">
        <strong>{letter.signatory}</strong>
        {letter.signatoryRole ? (
          <>
            <br />
            {letter.signatoryRole}
          </>
        ) : null}
      </p>
    </article>
  );
}
