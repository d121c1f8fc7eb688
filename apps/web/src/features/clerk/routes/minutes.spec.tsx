import { screen, waitFor } from '@testing-library/react';
import type { Minutes } from '@psp/contracts';
import { aMeetingDetail, CLERK } from '@/testing/fixtures';
import { stubFetch } from '@/testing/fetch-stub';
import { renderPage } from '@/testing/render';
import * as minutesPage from './minutes';

const PATH = '/workspace/meetings/:id/minutes';
const URL_ = '/workspace/meetings/meeting-1/minutes';

function minutesWith(provisions: Array<{ number: string; depth: number; heading?: string; text: string }>): Minutes {
  return {
    documentId: 'minutes-doc',
    versionId: 'minutes-v1',
    label: 'Draft minutes',
    status: 'DRAFT',
    version: 2,
    publishedAt: null,
    provisions: provisions.map((p, index) => ({
      id: `p${index}`,
      provisionKey: `key-${p.number}`,
      number: p.number,
      heading: p.heading ?? null,
      text: p.text,
      parentKey: p.depth ? `key-${p.number.split('.')[0] ?? ''}` : null,
      depth: p.depth,
    })),
  };
}

describe('the minutes editor', () => {
  it('keeps sub-items such as 5(a) as their own items through a reload and the next save', async () => {
    const saved = minutesWith([
      { number: '5', depth: 0, heading: 'Precept', text: 'The Panel considered the precept.' },
      { number: '5.a', depth: 1, text: 'RESOLVED that the precept be supported.' },
      { number: '6', depth: 0, text: 'Any other business.' },
    ]);
    const http = stubFetch()
      .on('GET', '/api/auth/me', { body: { ...CLERK, csrfToken: 'csrf' } })
      .on('GET', '/api/meetings/meeting-1', { body: aMeetingDetail({ minutes: saved }) })
      .on('PUT', '/api/meetings/meeting-1/minutes', (request) => ({ body: { ...saved, version: 3, provisions: saved.provisions, _sent: request.body } }));
    const { user } = renderPage(minutesPage, { path: PATH, url: URL_, csrfToken: 'csrf' });

    // The sub-item is its own item, numbered as the clerk typed it, not folded into item 5.
    await screen.findByRole('group', { name: 'Item 5(a)' });
    expect(screen.getAllByLabelText('Minute').map((field) => (field as HTMLTextAreaElement).value)).toEqual([
      'The Panel considered the precept.',
      'RESOLVED that the precept be supported.',
      'Any other business.',
    ]);

    const [first] = screen.getAllByLabelText('Minute');
    if (!first) throw new Error('no minute field');
    await user.type(first, ' It was moved.');
    await user.click(screen.getByRole('button', { name: 'Save draft minutes' }));
    await waitFor(() => expect(http.calls('PUT', '/api/meetings/meeting-1/minutes')).toHaveLength(1));
    expect(http.calls('PUT', '/api/meetings/meeting-1/minutes')[0]?.body).toEqual({
      items: [
        { number: '5', heading: 'Precept', text: 'The Panel considered the precept. It was moved.' },
        { number: '5(a)', text: 'RESOLVED that the precept be supported.' },
        { number: '6', text: 'Any other business.' },
      ],
      version: 2,
    });
  });

  it('starts a first draft from the agenda: its numbers and titles', async () => {
    stubFetch()
      .on('GET', '/api/auth/me', { body: { ...CLERK, csrfToken: 'csrf' } })
      .on('GET', '/api/meetings/meeting-1', { body: aMeetingDetail() });
    renderPage(minutesPage, { path: PATH, url: URL_, csrfToken: 'csrf' });
    await screen.findByRole('group', { name: 'Item 4' });
    expect(screen.getByLabelText('Heading (optional)')).toHaveValue('Draft Police and Crime Plan 2017–2021');
  });
});
