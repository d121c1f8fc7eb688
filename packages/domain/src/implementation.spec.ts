import { PANEL_VERDICTS, PROGRESS_STATES } from '@psp/contracts/enums';
import { implementationState, isImplementationTracked } from './implementation';

describe('implementation tracking', () => {
  it('tracks accepted and partly accepted recommendations only', () => {
    expect(isImplementationTracked('ACCEPTED')).toBe(true);
    expect(isImplementationTracked('PARTIALLY_ACCEPTED')).toBe(true);
    expect(isImplementationTracked('NOT_ACCEPTED')).toBe(false);
    expect(isImplementationTracked('ALREADY_ADDRESSED')).toBe(false);
    expect(isImplementationTracked(null)).toBe(false);
  });

  it('shows the last state recorded, else not started once tracked', () => {
    expect(implementationState(null, 'ACCEPTED')).toBe('NOT_STARTED');
    expect(implementationState(null, 'NOTED')).toBeNull();
    expect(implementationState('IN_PROGRESS', 'PARTIALLY_ACCEPTED')).toBe('IN_PROGRESS');
  });

  it('leaves every verdict to the panel: the OPCC reports progress only', () => {
    for (const verdict of PANEL_VERDICTS) expect(PROGRESS_STATES).not.toContain(verdict);
  });
});
