import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Provision } from '@psp/contracts';
import { CitationSourceNote, ReconstructionWarning } from './provenance';
import { ProvisionList } from './provisions';

describe('provenance marks', () => {
  it('warns, in the record’s own words, what of a version is reconstructed', () => {
    render(<ReconstructionWarning versionLabel="Published plan (reconstructed)" note="The letter gives no wording." />);
    expect(
      screen.getByText(/Published plan \(reconstructed\) is partly a reconstruction, not the document itself\. The letter gives no wording\./),
    ).toHaveClass('govuk-warning-text__text');
  });

  it('says a link was added by staff, and nothing for the text’s own citation', () => {
    const { container, rerender } = render(<CitationSourceNote source="LINKED_BY_STAFF" linkedBy="the clerk" />);
    expect(container).toHaveTextContent('(linked by the clerk)');
    rerender(<CitationSourceNote source="AS_WRITTEN" linkedBy="the clerk" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('marks reconstructed paragraphs and shows a table once, not its text beside it', () => {
    const provisions: Provision[] = [
      { id: 'p1', provisionKey: 'k1', number: '32', text: 'Cyber-crime is one of the biggest challenges.', depth: 0, kind: 'PARAGRAPH', reconstructed: true },
      { id: 'p2', provisionKey: 'k2', number: '33', text: 'Unchanged words.', depth: 0, kind: 'PARAGRAPH', reconstructed: false },
      {
        id: 'p3',
        provisionKey: 'k3',
        number: null,
        text: 'Funding | £M / Net Budget Requirement | 171.6',
        depth: 1,
        kind: 'TABLE',
        table: {
          rows: [
            ['Funding', '£M'],
            ['Net Budget Requirement', '171.6'],
          ],
        },
      },
    ];
    render(
      <MemoryRouter>
        <ProvisionList provisions={provisions} />
      </MemoryRouter>,
    );
    expect(screen.getAllByText('Reconstructed wording')).toHaveLength(1);
    expect(screen.getByText('Cyber-crime is one of the biggest challenges.').closest('.app-provision')).toHaveTextContent('Reconstructed wording');
    expect(screen.getAllByText(/Net Budget Requirement/)).toHaveLength(1);
    expect(screen.getByRole('table')).toHaveTextContent('171.6');
  });
});
