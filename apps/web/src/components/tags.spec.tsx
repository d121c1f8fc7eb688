import { render, screen } from '@testing-library/react';
import { DeadlineTag, OutcomeTag, RecommendationStatusTag } from './tags';

describe('status tags', () => {
  it.each([
    ['AWAITING_RESPONSE', 'Awaiting response', 'govuk-tag'],
    ['OVERDUE', 'Overdue', 'govuk-tag govuk-tag--red'],
    ['RESPONDED', 'Responded', 'govuk-tag govuk-tag--green'],
    ['CLOSED', 'Closed', 'govuk-tag govuk-tag--grey'],
  ] as const)('%s reads “%s” in %s', (status, text, className) => {
    render(<RecommendationStatusTag status={status} />);
    expect(screen.getByText(text)).toHaveAttribute('class', className);
  });

  it('names outcomes in plain English', () => {
    render(<OutcomeTag outcome="PARTIALLY_ACCEPTED" />);
    expect(screen.getByText('Partly accepted')).toHaveClass('govuk-tag');
  });

  it('says how long is left, or how late it is', () => {
    const { rerender } = render(<DeadlineTag state="overdue" days={-3} />);
    expect(screen.getByText('Overdue by 3 days')).toHaveClass('govuk-tag--red');
    rerender(<DeadlineTag state="due-soon" days={1} />);
    expect(screen.getByText('Due in 1 day')).toHaveClass('govuk-tag--yellow');
  });
});
