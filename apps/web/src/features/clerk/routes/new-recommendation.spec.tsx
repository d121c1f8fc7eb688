import { screen, waitFor, within } from '@testing-library/react';
import { aDocumentVersion, aMeetingDetail, CLERK, DOCUMENTS } from '@/testing/fixtures';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderPage } from '@/testing/render';
import * as newRecommendationPage from './new-recommendation';

const PATH = '/workspace/meetings/:id/recommendations/new';
const URL_ = '/workspace/meetings/meeting-1/recommendations/new';

function stubApi() {
  return stubFetch()
    .on('GET', '/api/auth/me', { body: { ...CLERK, csrfToken: 'csrf' } })
    .on('GET', '/api/meetings/meeting-1', { body: aMeetingDetail() })
    .on('GET', '/api/panels/leicestershire/documents', { body: DOCUMENTS })
    .on('GET', '/api/document-versions/plan-v1', {
      body: aDocumentVersion('plan-v1', [
        { key: 'plan-0081', number: '24', text: 'Much has already been achieved with some highly effective partnerships.' },
        { key: 'plan-0082', number: '25', text: 'Prevent.' },
      ]),
    })
    .on('POST', '/api/document-versions/plan-v1/resolve', (request) => {
      const text = (request.body as { text: string }).text;
      return {
        body: {
          references: [
            ...(text.includes('24')
              ? [{ cited: 'point 24', number: '24', provisionKey: 'plan-0081', candidates: ['plan-0081'], reason: null, otherDocument: null }]
              : []),
            ...(text.includes('99') ? [{ cited: 'para 99', number: '99', provisionKey: null, candidates: [], reason: 'notFound', otherDocument: null }] : []),
          ],
        },
      };
    });
}

describe('recording a recommendation', () => {
  it('resolves the typed citation live, once the clerk pauses typing', async () => {
    const http = stubApi();
    const { user } = renderPage(newRecommendationPage, { path: PATH, url: URL_, csrfToken: 'csrf' });
    await user.type(await screen.findByLabelText('Paragraphs cited (optional)'), 'point 24 and para 99');

    const matched = await screen.findByText('Matched paragraphs');
    const results = matched.parentElement as HTMLElement;
    expect(within(results).getByText('Para 24')).toBeInTheDocument();
    expect(within(results).getByText(/Much has already been achieved/)).toBeInTheDocument();
    expect(within(results).getByText('Para 99').closest('li')).toHaveTextContent('is not in this version');
    // Debounced: one lookup for the whole phrase, not one per keystroke.
    const lookups = http.calls('POST', '/api/document-versions/plan-v1/resolve');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.body).toEqual({ text: 'point 24 and para 99' });
    expect(lookups[0]?.headers['x-csrf-token']).toBe('csrf');
  });

  it('shows the API’s field errors in the error summary and beside each field', async () => {
    const http = stubApi().on(
      'POST',
      '/api/panels/leicestershire/recommendations',
      problem(400, 'The request is not valid.', [
        { path: 'text', message: 'Must be 20000 characters or fewer' },
        { path: 'citation', message: 'Paragraph 99 is not in this version' },
      ]),
    );
    const { user } = renderPage(newRecommendationPage, { path: PATH, url: URL_, csrfToken: 'csrf' });
    await user.type(await screen.findByLabelText('What did the panel recommend?'), 'A very long recommendation');
    await user.type(screen.getByLabelText('Paragraphs cited (optional)'), 'para 99');
    await user.click(screen.getByRole('button', { name: 'Record and publish recommendation' }));

    const summary = await screen.findByTestId('error-summary');
    expect(within(summary).getByRole('link', { name: 'Must be 20000 characters or fewer' })).toHaveAttribute('href', '#field-text');
    expect(within(summary).getByRole('link', { name: 'Paragraph 99 is not in this version' })).toHaveAttribute('href', '#field-citation');
    await waitFor(() => expect(summary).toHaveFocus());

    const text = screen.getByLabelText('What did the panel recommend?');
    expect(text).toHaveAttribute('id', 'field-text');
    expect(text).toHaveClass('govuk-textarea--error');
    expect(text.getAttribute('aria-describedby')).toContain('field-text-error');
    expect(document.getElementById('field-text-error')).toHaveTextContent('Error: Must be 20000 characters or fewer');
    expect(document.getElementById('field-citation-error')).toHaveTextContent('Paragraph 99 is not in this version');
    expect(document.title).toMatch(/^Error: Record a recommendation/);

    const sent = http.calls('POST', '/api/panels/leicestershire/recommendations')[0];
    expect(sent?.body).toEqual({ meetingId: 'meeting-1', text: 'A very long recommendation', citedVersionId: 'plan-v1', citation: 'para 99' });
    expect(sent?.headers['x-csrf-token']).toBe('csrf');
    // The typed text survives the failed save.
    expect(text).toHaveValue('A very long recommendation');
  });

  it('checks the required answer before asking the API', async () => {
    const http = stubApi();
    const { user } = renderPage(newRecommendationPage, { path: PATH, url: URL_, csrfToken: 'csrf' });
    await user.click(await screen.findByRole('button', { name: 'Record and publish recommendation' }));
    const summary = await screen.findByTestId('error-summary');
    expect(within(summary).getByRole('link', { name: 'Enter the words of the recommendation' })).toHaveAttribute('href', '#field-text');
    expect(http.calls('POST', '/api/panels/leicestershire/recommendations')).toHaveLength(0);
  });
});
