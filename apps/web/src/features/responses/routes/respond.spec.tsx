import { screen, waitFor, within } from '@testing-library/react';
import { aDocumentVersion, aRecommendationDetail, aResponse, DOCUMENTS, OFFICER } from '@/testing/fixtures';
import { problem, stubFetch } from '@/testing/fetch-stub';
import { renderPage } from '@/testing/render';
import * as respondPage from './respond';

const PATH = '/workspace/recommendations/:id/response';
const URL_ = '/workspace/recommendations/rec-1/response';

function stubApi(theirs: { text: string; version: number }) {
  let current = aResponse({ text: 'Original text', version: 3 });
  const http = stubFetch()
    .on('GET', '/api/auth/me', { body: { ...OFFICER, csrfToken: 'csrf' } })
    .on('GET', '/api/panels/leicestershire/documents', { body: DOCUMENTS })
    .on('GET', '/api/document-versions/plan-v2', { body: aDocumentVersion('plan-v2', []) })
    .on('GET', '/api/recommendations/rec-1', () => ({ body: aRecommendationDetail({ responses: [current] }) }))
    .on('PATCH', '/api/responses/response-1', (request) => {
      const body = request.body as { version: number; text: string };
      if (body.version !== current.version) return problem(409, 'This response was changed by someone else: reload it and try again.');
      current = { ...current, text: body.text, version: current.version + 1 };
      return { body: current };
    });
  return {
    http,
    /** Someone else saves in between. */
    otherEditorSaves: () => {
      current = { ...current, text: theirs.text, version: theirs.version };
    },
  };
}

afterEach(() => {
  document.cookie = 'psp_signed_in=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('the response editor when someone else saved first (409)', () => {
  it('keeps the officer’s text, shows theirs beside it, and saves on top of the latest version', async () => {
    const { http, otherEditorSaves } = stubApi({ text: 'Their text', version: 4 });
    const { user } = renderPage(respondPage, { path: PATH, url: URL_, csrfToken: 'csrf' });

    const textarea = await screen.findByLabelText('Response');
    expect(textarea).toHaveValue('Original text');
    await user.clear(textarea);
    await user.type(textarea, 'My new text');
    otherEditorSaves();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const notice = await screen.findByTestId('conflict-notice');
    expect(within(notice).getByText(/Someone else changed this response/)).toBeInTheDocument();
    await waitFor(() => expect(within(notice).getByTestId('conflict-theirs')).toHaveTextContent('Their text'));
    expect(within(notice).getByTestId('conflict-yours')).toHaveTextContent('My new text');
    expect(screen.getByLabelText('Response')).toHaveValue('My new text');
    expect(window.sessionStorage.getItem('psp.draft.response.rec-1')).toContain('My new text');
    expect(http.calls('PATCH', '/api/responses/response-1')[0]?.body).toMatchObject({ version: 3, text: 'My new text' });

    await user.click(within(notice).getByRole('button', { name: 'Load the latest version and keep my text' }));
    expect(screen.queryByTestId('conflict-notice')).toBeNull();
    expect(screen.getByLabelText('Response')).toHaveValue('My new text');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await screen.findByText('Your draft response is saved.');
    const saves = http.calls('PATCH', '/api/responses/response-1');
    expect(saves).toHaveLength(2);
    expect(saves[1]?.body).toMatchObject({ version: 4, text: 'My new text', outcome: 'ACCEPTED' });
    expect(saves[1]?.headers['x-csrf-token']).toBe('csrf');
    expect(window.sessionStorage.getItem('psp.draft.response.rec-1')).toBeNull();
  });

  it('can take their version instead', async () => {
    const { otherEditorSaves } = stubApi({ text: 'Their text', version: 4 });
    const { user } = renderPage(respondPage, { path: PATH, url: URL_, csrfToken: 'csrf' });
    const textarea = await screen.findByLabelText('Response');
    await user.type(textarea, ' and more');
    otherEditorSaves();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const notice = await screen.findByTestId('conflict-notice');
    await waitFor(() => expect(within(notice).getByTestId('conflict-theirs')).toHaveTextContent('Their text'));
    await user.click(within(notice).getByRole('button', { name: 'Use their version instead' }));
    expect(screen.getByLabelText('Response')).toHaveValue('Their text');
  });

  it('restores unsaved text after a reload of the page', async () => {
    stubApi({ text: 'unused', version: 9 });
    window.sessionStorage.setItem(
      'psp.draft.response.rec-1',
      JSON.stringify({ outcome: 'NOTED', text: 'Typed before the reload', citedVersionId: 'plan-v2', citation: '' }),
    );
    renderPage(respondPage, { path: PATH, url: URL_, csrfToken: 'csrf' });
    expect(await screen.findByLabelText('Response')).toHaveValue('Typed before the reload');
    expect(screen.getByRole('radio', { name: 'Noted' })).toBeChecked();
  });

  it('works in a new tab: without a token it asks /api/auth/me and writes with the token it returns', async () => {
    const { http } = stubApi({ text: 'unused', version: 9 });
    http.on('GET', '/api/auth/me', { body: { ...OFFICER, csrfToken: 'from-me' } });
    document.cookie = 'psp_signed_in=1; path=/';
    const { user } = renderPage(respondPage, { path: PATH, url: URL_ });
    const textarea = await screen.findByLabelText('Response');
    await user.type(textarea, ' and more');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Your draft response is saved.');
    expect(http.calls('PATCH', '/api/responses/response-1')[0]?.headers['x-csrf-token']).toBe('from-me');
    expect(window.sessionStorage.getItem('psp.csrfToken')).toBe('from-me');
  });

  it('asks for sign-in again when the session has ended', async () => {
    const { http } = stubApi({ text: 'unused', version: 9 });
    http.on('GET', '/api/auth/me', problem(401, 'Sign in to continue.'));
    document.cookie = 'psp_signed_in=1; path=/';
    const { router } = renderPage(respondPage, { path: PATH, url: URL_ });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe(`?returnTo=${encodeURIComponent(URL_)}`);
    expect(http.calls('GET', '/api/auth/me')).toHaveLength(1);
  });

  it('sends a browser that never signed in to sign in without asking the API', async () => {
    const { http } = stubApi({ text: 'unused', version: 9 });
    const { router } = renderPage(respondPage, { path: PATH, url: URL_ });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(http.calls('GET', '/api/auth/me')).toHaveLength(0);
  });
});
