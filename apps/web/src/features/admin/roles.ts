import type { Role } from '@psp/contracts';
import { ROLE_NAMES } from '@psp/domain';

export const ROLE_LABELS: Record<Role, { text: string; hint: string }> = {
  PANEL_MEMBER: { text: 'Panel member', hint: 'Reads the papers and tracks recommendations' },
  CLERK: { text: 'Clerk', hint: 'Meetings, agendas, recommendations and minutes' },
  OPCC_OFFICER: { text: 'OPCC officer', hint: 'Drafts responses and plan amendments' },
  OPCC_APPROVER: { text: 'OPCC approver', hint: 'Approves and publishes responses, letters and plan versions' },
  ADMIN: { text: 'Administrator', hint: 'Manages people and roles' },
};

export const ROLE_OPTIONS = ROLE_NAMES.map((role) => ({ value: role, text: ROLE_LABELS[role].text, hint: ROLE_LABELS[role].hint }));
