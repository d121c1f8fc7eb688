import { act, screen, waitFor, within } from '@testing-library/react';
import { aRecommendation, MEETINGS } from '@/testing/fixtures';
import { stubFetch } from '@/testing/fetch-stub';
import { renderPage } from '@/testing/render';
import * as trackerPage from './tracker';

const ALL = [
  aRecommendation({ id: 'rec-1', number: 1, status: 'OVERDUE', theme: 'Rural crime' }),
  aRecommendation({ id: 'rec-2', number: 2, status: 'RESPONDED', latestOutcome: 'ACCEPTED', theme: 'Cyber-crime', provisions: [] }),
  aRecommendation({ id: 'rec-3', number: 3, status: 'CLOSED', theme: 'Cyber-crime', meetingId: 'meeting-2' }),
];

function stubApi() {
  return stubFetch()
    .on('GET', '/api/panels/leicestershire/meetings', { body: MEETINGS })
    .on('GET', '/api/panels/leicestershire/recommendations', (request) => {
      const params = request.url.searchParams;
      const rows = ALL.filter(
        (r) =>
          (!params.get('status') || r.status === params.get('status')) &&
          (!params.get('theme') || r.theme === params.get('theme')) &&
          (!params.get('outcome') || r.latestOutcome === params.get('outcome')),
      );
      return { body: rows };
    });
}

const TRACKER = '/panels/:slug/recommendations';

describe('recommendation tracker', () => {
  it('reads its filters from the URL and asks the API for that view', async () => {
    const http = stubApi();
    renderPage(trackerPage, { path: TRACKER, url: '/panels/leicestershire/recommendations?status=OVERDUE&theme=Rural%20crime' });

    const table = await screen.findByTestId('recommendations-table');
    expect(within(table).getAllByRole('row')).toHaveLength(2); // header + one recommendation
    expect(screen.getByLabelText('Status')).toHaveValue('OVERDUE');
    await waitFor(() => expect(screen.getByLabelText('Theme')).toHaveValue('Rural crime'));
    const filtered = http.calls('GET', '/api/panels/leicestershire/recommendations').find((r) => r.url.searchParams.get('status'));
    expect(filtered?.url.searchParams.get('status')).toBe('OVERDUE');
    expect(filtered?.url.searchParams.get('theme')).toBe('Rural crime');
    expect(screen.getByRole('link', { name: /Download this view as CSV/ })).toHaveAttribute(
      'href',
      '/api/panels/leicestershire/recommendations.csv?status=OVERDUE&theme=Rural+crime',
    );
  });

  it('writes applied filters into the URL, so the view can be shared', async () => {
    stubApi();
    const { router, user } = renderPage(trackerPage, { path: TRACKER, url: '/panels/leicestershire/recommendations' });
    await screen.findByTestId('recommendations-table');

    await user.selectOptions(screen.getByLabelText('Status'), 'RESPONDED');
    await user.selectOptions(screen.getByLabelText('Latest outcome'), 'ACCEPTED');
    await user.type(screen.getByLabelText('Words in the recommendation'), 'rural');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?status=RESPONDED&outcome=ACCEPTED&q=rural'));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /Download this view as CSV/ }).getAttribute('href')).toBe(
        '/api/panels/leicestershire/recommendations.csv?status=RESPONDED&outcome=ACCEPTED&q=rural',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Status')).toHaveValue('');
  });

  it('follows the browser’s back button: the form shows the URL’s filters again', async () => {
    stubApi();
    const { router, user } = renderPage(trackerPage, { path: TRACKER, url: '/panels/leicestershire/recommendations?status=CLOSED' });
    await screen.findByTestId('recommendations-table');
    await user.selectOptions(screen.getByLabelText('Status'), 'OVERDUE');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=OVERDUE'));
    act(() => {
      void router.navigate(-1);
    });
    await waitFor(() => expect(screen.getByLabelText('Status')).toHaveValue('CLOSED'));
  });

  it('ignores filter values the tracker does not know', async () => {
    const http = stubApi();
    renderPage(trackerPage, { path: TRACKER, url: '/panels/leicestershire/recommendations?status=NONSENSE' });
    await screen.findByTestId('recommendations-table');
    const requests = http.calls('GET', '/api/panels/leicestershire/recommendations');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => !r.url.searchParams.has('status'))).toBe(true);
  });

  it('shows each recommendation’s status tag, outcome, due date, meeting and cited paragraphs', async () => {
    stubApi();
    renderPage(trackerPage, { path: TRACKER, url: '/panels/leicestershire/recommendations' });
    const table = await screen.findByTestId('recommendations-table');
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first as HTMLElement).getByText('Overdue')).toHaveClass('govuk-tag--red');
    expect(within(first as HTMLElement).getByRole('link', { name: 'Para 24' })).toHaveAttribute('href', '/provisions/plan-0081');
    expect(within(first as HTMLElement).getByText('3 Mar 2017')).toBeInTheDocument();
    expect(within(second as HTMLElement).getByText('Responded')).toHaveClass('govuk-tag--green');
    expect(within(second as HTMLElement).getByText('Accepted')).toBeInTheDocument();
    expect(within(second as HTMLElement).getByRole('link', { name: /^Recommendation 2:/ })).toHaveAttribute('href', '/recommendations/rec-2');
  });
});
