import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { DiffEntry } from '@psp/contracts';
import { aDiffEntry } from '@/testing/fixtures';
import { DiffEntryView, shortenUnchanged } from './diff-entry';

function renderEntry(entry: DiffEntry) {
  const router = createMemoryRouter([{ path: '/', element: <DiffEntryView entry={entry} /> }]);
  return render(<RouterProvider router={router} />);
}

describe('amended plan: one paragraph’s change', () => {
  it('marks inserted words with <ins> and deleted words with <del>', () => {
    const { container } = renderEntry(
      aDiffEntry({
        change: 'modified',
        before: { number: '32', text: 'Policing needs new ways to tackle threats.' },
        after: { number: '32', text: 'Policing needs new ways to tackle emerging threats online.' },
        words: [
          { op: 'equal', text: 'Policing needs new ways to tackle ' },
          { op: 'insert', text: 'emerging ' },
          { op: 'equal', text: 'threats' },
          { op: 'delete', text: '.' },
          { op: 'insert', text: ' online.' },
        ],
      }),
    );
    expect([...container.querySelectorAll('ins')].map((el) => el.textContent)).toEqual(['emerging ', ' online.']);
    expect([...container.querySelectorAll('del')].map((el) => el.textContent)).toEqual(['.']);
    expect(screen.getByText('Amended')).toHaveClass('govuk-tag');
  });

  it('shows a moved number as “was 24”', () => {
    renderEntry(aDiffEntry({ change: 'renumbered', before: { number: '24', text: 'Prevent.' }, after: { number: '25', text: 'Prevent.' } }));
    expect(screen.getByText('Para 25')).toBeInTheDocument();
    expect(screen.getByText(/was 24/)).toBeInTheDocument();
    expect(screen.getByText('Renumbered')).toBeInTheDocument();
  });

  it('names an unnumbered part by its heading, such as the Foreword', () => {
    renderEntry(
      aDiffEntry({
        change: 'modified',
        before: { number: null, text: 'Old.', heading: 'Foreword' },
        after: { number: null, text: 'New.', heading: 'Foreword' },
        words: null,
      }),
    );
    expect(screen.getByText('Foreword')).toBeInTheDocument();
    expect(screen.queryByText('Unnumbered paragraph')).not.toBeInTheDocument();
  });

  it('shows added and removed paragraphs whole', () => {
    const { container, unmount } = renderEntry(aDiffEntry({ change: 'added', before: null, after: { number: '71', text: 'A new section on rural crime.' } }));
    expect(container.querySelector('ins')?.textContent).toBe('A new section on rural crime.');
    expect(screen.getByText('Added')).toHaveClass('govuk-tag--green');
    unmount();
    const removed = renderEntry(aDiffEntry({ change: 'removed', before: { number: '12', text: 'Old words.' }, after: null }));
    expect(removed.container.querySelector('del')?.textContent).toBe('Old words.');
    expect(screen.getByText('Para 12')).toBeInTheDocument();
  });

  it('links each change to the recommendation(s) that caused it', () => {
    renderEntry(
      aDiffEntry({
        change: 'modified',
        words: [{ op: 'insert', text: 'Cyber-crime is a priority.' }],
        amendedBy: [
          { recommendationId: 'llr-rec-08', responseId: 'llr-response-08', recommendationNumber: 8 },
          { recommendationId: 'llr-rec-08', responseId: 'llr-response-08b', recommendationNumber: 8 },
          { recommendationId: 'llr-rec-11', responseId: 'llr-response-11' },
        ],
      }),
    );
    expect(screen.getByText(/Changed in response to/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'recommendation 8' })).toHaveAttribute('href', '/recommendations/llr-rec-08');
    expect(screen.getByRole('link', { name: 'a recommendation of the panel' })).toHaveAttribute('href', '/recommendations/llr-rec-11');
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it('says what the attribution rests on, once however many responses share the note, and marks reconstructed wording', () => {
    const note = 'The letter: "Para 49b has been amended to reflect this."';
    renderEntry(
      aDiffEntry({
        change: 'modified',
        after: { number: '49.b', text: 'Made 13,250 referrals.', reconstructed: true },
        words: [{ op: 'insert', text: 'Made 13,250 referrals.' }],
        amendedBy: [
          { recommendationId: 'llr-rec-13', responseId: 'llr-response-13', recommendationNumber: 13, note },
          { recommendationId: 'llr-rec-13', responseId: 'llr-response-13b', recommendationNumber: 13, note },
        ],
      }),
    );
    expect(screen.getAllByText(note)).toHaveLength(1);
    expect(screen.getByText('Reconstructed wording')).toHaveClass('govuk-tag');
  });

  it('shortens long unchanged stretches to their ends', () => {
    const long = `${'word '.repeat(100)}end`;
    expect(shortenUnchanged(long, 'first').startsWith('… ')).toBe(true);
    expect(shortenUnchanged(long, 'last').endsWith(' …')).toBe(true);
    expect(shortenUnchanged('short', 'middle')).toBe('short');
  });
});
