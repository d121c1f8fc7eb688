// The contract's plain values (enum members) without zod: the web app's production build resolves
// @psp/contracts to this file (it imports only types and these values from the contract), so the
// schemas and zod never ship to browsers. Everything here is re-exported by index.ts.
export const ROLES = ['PANEL_MEMBER', 'CLERK', 'OPCC_OFFICER', 'OPCC_APPROVER', 'ADMIN'] as const;
export const RECOMMENDATION_STATUS_VALUES = ['AWAITING_RESPONSE', 'OVERDUE', 'RESPONDED', 'CLOSED'] as const;
