import { screen, within } from '@testing-library/react';
import { aDiffEntry, aDocumentVersion, DOCUMENTS } from '@/testing/fixtures';
import { stubFetch } from '@/testing/fetch-stub';
import { renderPage } from '@/testing/render';
import * as changesPage from './document-changes';

const ATTRIBUTED = aDiffEntry({
  provisionKey: 'plan-0155',
  change: 'modified',
  before: { number: '46.a', text: 'Commission a new service for substance misuse.' },
  after: { number: '47.a', text: 'Commission a new service provider to tackle drugs and alcohol.' },
  amendedBy: [{ recommendationId: 'rec-12', responseId: 'resp-12', recommendationNumber: 12 }],
  words: [
    { op: 'equal', text: 'Commission a new service ' },
    { op: 'delete', text: 'for substance misuse' },
    { op: 'insert', text: 'provider to tackle drugs and alcohol' },
    { op: 'equal', text: '.' },
  ],
});
const EDITORIAL = aDiffEntry({
  provisionKey: 'plan-0200',
  change: 'modified',
  before: { number: '60', text: 'The budget for 2016/17.' },
  after: { number: '61', text: 'The budget for 2017/18.' },
  editorial: ['Corrected the year.'],
  words: [
    { op: 'equal', text: 'The budget for ' },
    { op: 'delete', text: '2016/17' },
    { op: 'insert', text: '2017/18' },
    { op: 'equal', text: '.' },
  ],
});
const UNEXPLAINED = aDiffEntry({ provisionKey: 'plan-0300', change: 'added', before: null, after: { number: '70', text: 'A new paragraph nobody linked.' } });
const RENUMBERED = [
  aDiffEntry({ provisionKey: 'plan-0400', change: 'renumbered', before: { number: '55', text: 'Moved.' }, after: { number: '56', text: 'Moved.' } }),
  aDiffEntry({ provisionKey: 'plan-0401', change: 'renumbered', before: { number: '56', text: 'Also moved.' }, after: { number: '57', text: 'Also moved.' } }),
];
const UNCHANGED = aDiffEntry({
  provisionKey: 'plan-0010',
  change: 'unchanged',
  before: { number: '1', text: 'Foreword words.' },
  after: { number: '1', text: 'Foreword words.' },
});

function stubApi() {
  const summary = (id: string) => ({ ...aDocumentVersion(id, []), basedOnId: id === 'plan-v2' ? 'plan-v1' : null, panelSlug: 'leicestershire' });
  return stubFetch()
    .on('GET', '/api/document-versions/plan-v2', { body: summary('plan-v2') })
    .on('GET', '/api/document-versions/plan-v1', { body: summary('plan-v1') })
    .on('GET', '/api/document-versions/plan-v2/diff', { body: [UNCHANGED, ATTRIBUTED, ...RENUMBERED, EDITORIAL, UNEXPLAINED] })
    .on('GET', '/api/panels/leicestershire/documents', { body: DOCUMENTS });
}

const CHANGES = '/document-versions/:id/changes';

describe('what changed in the plan', () => {
  it('shows by default the changes made for recommendations and the editorial ones, each under its own heading, with a contents list', async () => {
    const http = stubApi();
    renderPage(changesPage, { path: CHANGES, url: '/document-versions/plan-v2/changes' });

    const attributed = await screen.findByRole('region', { name: /Para 47\.a/ });
    expect(within(attributed).getByRole('heading', { level: 2 })).toHaveTextContent('Para 47.a (its history) (was 46.a) Amended');
    expect(within(attributed).getByRole('link', { name: /^Para 47\.a\s+\(its history\)$/ })).toHaveAttribute('href', '/provisions/plan-0155');
    expect(within(attributed).getByRole('link', { name: 'recommendation 12' })).toHaveAttribute('href', '/recommendations/rec-12');
    expect(attributed.querySelector('del')).toHaveTextContent('for substance misuse');
    expect(attributed.querySelector('ins')).toHaveTextContent('provider to tackle drugs and alcohol');

    const editorial = screen.getByRole('region', { name: /Para 61/ });
    expect(editorial).toHaveTextContent('Editorial change: Corrected the year.');

    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const items = within(contents).getAllByRole('link');
    expect(items.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Para 47.a', '#change-plan-0155'],
      ['Para 61', '#change-plan-0200'],
    ]);
    expect(contents).toHaveTextContent('recommendation 12');
    expect(contents).toHaveTextContent('editorial');

    // The unexplained addition is counted and offered, not shown; the unchanged paragraph is not shown at all.
    expect(screen.queryByRole('region', { name: /Para 70/ })).not.toBeInTheDocument();
    expect(screen.getByText(/1 other paragraph changed with no recommendation or editorial note linked/)).toBeInTheDocument();
    expect(screen.queryByText('Foreword words.')).not.toBeInTheDocument();

    // Renumbered paragraphs are folded into one list.
    const details = screen.getByText('2 paragraphs only renumbered').closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(within(details as HTMLElement).getByRole('link', { name: 'Para 56' })).toHaveAttribute('href', '/provisions/plan-0400');
    expect(details).toHaveTextContent('(was 55)');

    // The key to the marks.
    expect(screen.getByText(/inserted words are underlined/)).toBeInTheDocument();

    // The diff and the versions without their text: never a whole version.
    const versionReads = http.requests.filter((request) => /^\/api\/document-versions\/[^/]+$/.test(request.url.pathname));
    expect(versionReads.length).toBeGreaterThan(0);
    expect(versionReads.every((request) => request.url.searchParams.get('provisions') === 'none')).toBe(true);
    const diffRead = http.calls('GET', '/api/document-versions/plan-v2/diff')[0];
    expect(diffRead?.url.searchParams.get('base')).toBe('plan-v1');
    expect(diffRead?.url.searchParams.get('only')).toBe('changes');
  });

  it('shows every changed paragraph with ?show=changes, and the form is a plain GET form', async () => {
    stubApi();
    renderPage(changesPage, { path: CHANGES, url: '/document-versions/plan-v2/changes?show=changes' });

    expect(await screen.findByRole('region', { name: /Para 70/ })).toHaveTextContent('No recommendation or editorial note is linked to this change.');
    expect(screen.getByRole('region', { name: /Para 47\.a/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Every paragraph that changed')).toBeChecked();
    const form = screen.getByRole('button', { name: 'Update view' }).closest('form');
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/document-versions/plan-v2/changes');
  });
});
