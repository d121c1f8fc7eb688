// Search across paragraphs, recommendations, responses and minutes that the reader may see.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useCurrentPanelSlug } from '@/lib/current-panel';
import { pluralise } from '@/lib/format';
import { PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { searchQueryOptions, useSearch } from '../api/search';
import { SearchHitItem } from '../components/search-hit';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    const q = url.searchParams.get('q')?.trim() ?? '';
    // A failed search shows its message on the page rather than the error page.
    if (q) await queryClient.prefetchQuery(searchQueryOptions(q, url.searchParams.get('panel') ?? undefined));
    return null;
  };

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const [q, setQ] = useState(initial);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(q.trim());
      }}
    >
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="search-q">
          Search for
        </label>
        <input className="govuk-input govuk-!-width-two-thirds" id="search-q" name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />{' '}
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          Search
        </button>
      </div>
    </form>
  );
}

export default function SearchPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const currentPanel = useCurrentPanelSlug();
  const q = searchParams.get('q')?.trim() ?? '';
  const panel = searchParams.get('panel') ?? undefined;
  const results = useSearch(q, panel);

  return (
    <>
      <PageHeading title={q ? `Search results for “${q}”` : 'Search'}>Search</PageHeading>
      <SearchForm
        key={q}
        initial={q}
        onSearch={(next) => setSearchParams(next ? { q: next, ...((panel ?? currentPanel) ? { panel: (panel ?? currentPanel) as string } : {}) } : {})}
      />
      {!q ? (
        <p className="govuk-body">Search the plan, the panel's recommendations, the commissioner's responses and the minutes.</p>
      ) : results.data ? (
        <>
          <p className="govuk-body" role="status">
            {pluralise(results.data.hits.length, 'result')} for “{q}”
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
