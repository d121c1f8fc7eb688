// Search across paragraphs, recommendations, responses and minutes that the reader may see. The
// form is a plain GET form: it works without JavaScript, and with it react-router submits it as a
// client-side navigation. Words that are a reference ("recommendation 12", "para 47.a") go
// straight to the thing they name.
import type { QueryClient } from '@tanstack/react-query';
import { Form, Link, redirect, useSearchParams, useSubmit, type LoaderFunctionArgs } from 'react-router';
import type { SearchHitKind } from '@psp/contracts';
import { SEARCH_HIT_KINDS } from '@psp/contracts/enums';
import { paths } from '@/config/paths';
import { useCurrentPanelSlug } from '@/lib/current-panel';
import { pluralise } from '@/lib/format';
import { PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { searchQueryOptions, useSearch, type SearchFilters } from '../api/search';
import { hitHref, KIND_LABELS, SearchHitItem } from '../components/search-hit';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface SearchState {
  q: string;
  panel: string | undefined;
  filters: SearchFilters;
  /** Filter values that are not what the form asks for, by field. */
  errors: Partial<Record<'from' | 'to', string>>;
  /** The dates as typed, to show back in the form. */
  typed: Record<'from' | 'to', string>;
}

const isKind = (value: string | null): value is SearchHitKind => SEARCH_HIT_KINDS.some((kind) => kind === value);

/** The search as the address says it; malformed filters are reported, never sent. */
function readSearch(params: URLSearchParams): SearchState {
  const kind = params.get('kind');
  const errors: SearchState['errors'] = {};
  const filters: SearchFilters = isKind(kind) ? { kind } : {};
  const typed = { from: params.get('from')?.trim() ?? '', to: params.get('to')?.trim() ?? '' };
  for (const field of ['from', 'to'] as const) {
    const value = typed[field];
    if (!value) continue;
    if (CALENDAR_DATE.test(value) && !Number.isNaN(Date.parse(value))) filters[field] = value;
    else errors[field] = 'Enter a date as YYYY-MM-DD, for example 2017-03-31';
  }
  if (filters.from && filters.to && filters.from > filters.to) errors.to = 'The “to” date must be the same as or after the “from” date';
  return { q: params.get('q')?.trim() ?? '', panel: params.get('panel') ?? undefined, filters, errors, typed };
}

const hasErrors = (state: SearchState) => Object.keys(state.errors).length > 0;

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const state = readSearch(new URL(request.url).searchParams);
    if (!state.q || hasErrors(state)) return null;
    try {
      const result = await queryClient.fetchQuery(searchQueryOptions(state.q, state.panel, state.filters));
      const [only] = result.direct;
      // "recommendation 12" on its own goes straight to it; with filters the reader asked for a list.
      const filtered = Boolean(state.filters.kind || state.filters.from || state.filters.to);
      if (result.direct.length === 1 && only && !filtered) return redirect(hitHref(only));
    } catch {
      // A failed search shows its message on the page rather than the error page.
    }
    return null;
  };

function SearchForm({ state, panel }: { state: SearchState; panel: string | undefined }) {
  const submit = useSubmit();
  const filtered = Boolean(state.filters.kind || state.filters.from || state.filters.to || hasErrors(state));
  const dateField = (field: 'from' | 'to', label: string) => {
    const error = state.errors[field];
    return (
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={`search-${field}`}>
          {label}
        </label>
        <div className="govuk-hint" id={`search-${field}-hint`}>
          For example, 2017-03-31
        </div>
        {error ? (
          <p className="govuk-error-message" id={`search-${field}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <input
          className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`}
          id={`search-${field}`}
          name={field}
          type="date"
          defaultValue={state.typed[field]}
          aria-describedby={`search-${field}-hint${error ? ` search-${field}-error` : ''}`}
        />
      </div>
    );
  };
  return (
    <Form
      method="get"
      action={paths.search.path}
      role="search"
      key={`${state.q}|${state.filters.kind ?? ''}|${state.typed.from}|${state.typed.to}`}
      onSubmit={(event) => {
        // Without JavaScript the browser sends every field; with it, the address keeps only those filled in.
        event.preventDefault();
        const filled = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === 'string' && value.trim()) filled.append(name, value.trim());
        void submit(filled, { method: 'get', action: paths.search.path });
      }}
    >
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="search-q">
          Search for
        </label>
        <div className="govuk-hint" id="search-q-hint">
          Words, or a reference such as “recommendation 12” or “para 47.a”
        </div>
        <input className="govuk-input govuk-!-width-two-thirds" id="search-q" name="q" type="search" defaultValue={state.q} aria-describedby="search-q-hint" />{' '}
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
          Search
        </button>
      </div>
      {panel ? <input type="hidden" name="panel" value={panel} /> : null}
      <details className="govuk-details" open={filtered}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Filter results</span>
        </summary>
        <div className="govuk-details__text">
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show</legend>
              <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
                {(['', ...SEARCH_HIT_KINDS] as const).map((kind) => (
                  <div className="govuk-radios__item" key={kind || 'all'}>
                    <input
                      className="govuk-radios__input"
                      id={`search-kind-${kind || 'all'}`}
                      name="kind"
                      type="radio"
                      value={kind}
                      defaultChecked={(state.filters.kind ?? '') === kind}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`search-kind-${kind || 'all'}`}>
                      {kind ? KIND_LABELS[kind] : 'Everything'}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          {dateField('from', 'From date')}
          {dateField('to', 'To date')}
          <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
            Apply filters
          </button>
        </div>
      </details>
    </Form>
  );
}

export default function SearchPage() {
  const [searchParams] = useSearchParams();
  const currentPanel = useCurrentPanelSlug();
  const state = readSearch(searchParams);
  const panel = state.panel ?? currentPanel ?? undefined;
  const invalid = hasErrors(state);
  const results = useSearch(invalid ? '' : state.q, state.panel, state.filters);

  return (
    <>
      {invalid ? (
        <div className="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <ul className="govuk-list govuk-error-summary__list">
                {Object.entries(state.errors).map(([field, message]) => (
                  <li key={field}>
                    <a href={`#search-${field}`}>{message}</a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      ) : null}
      <PageHeading title={state.q ? `Search results for “${state.q}”` : 'Search'} error={invalid}>
        Search
      </PageHeading>
      <SearchForm state={state} panel={panel} />
      {!state.q || invalid ? (
        <p className="govuk-body">Search the plan, the panel&apos;s recommendations, the commissioner&apos;s responses and the minutes.</p>
      ) : results.data ? (
        <>
          {results.data.direct.length > 0 ? (
            <div className="govuk-inset-text">
              <p className="govuk-body govuk-!-margin-bottom-1">“{state.q}” may mean:</p>
              <ul className="govuk-list">
                {results.data.direct.map((hit) => (
                  <li key={`${hit.kind}-${hit.id}`}>
                    <Link className="govuk-link" to={hitHref(hit)}>
                      {hit.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="govuk-body" role="status">
            {results.data.correctedQuery ? (
              <>
                No results for “{state.q}”. Showing {pluralise(results.data.hits.length, 'result')} for “<strong>{results.data.correctedQuery}</strong>”
                instead.
              </>
            ) : (
              <>
                {pluralise(results.data.hits.length, 'result')} for “{state.q}”
              </>
            )}
          </p>
          {results.data.hits.length ? (
            <ol className="govuk-list">
              {results.data.hits.map((hit) => (
                <SearchHitItem hit={hit} key={`${hit.kind}-${hit.id}`} />
              ))}
            </ol>
          ) : (
            <p className="govuk-body">Try other words, or fewer of them.</p>
          )}
        </>
      ) : (
        <QueryFallback query={results} what="results" />
      )}
    </>
  );
}
