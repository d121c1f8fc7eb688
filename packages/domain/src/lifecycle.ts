import type { ResponseStatus, VersionStatus } from '@psp/contracts';
import { can, type Permission, type RoleName } from './roles';

export type ResponseStatusName = ResponseStatus;

export type TransitionCheck = { ok: true } | { ok: false; reason: 'illegal' | 'forbidden'; message: string };

/** The response workflow: an officer drafts and submits; an approver approves (or returns) and publishes. */
const RESPONSE_TRANSITIONS: Record<ResponseStatusName, Partial<Record<ResponseStatusName, Permission>>> = {
  DRAFT: { IN_REVIEW: 'response:draft' },
  IN_REVIEW: { APPROVED: 'response:approve', DRAFT: 'response:view-unpublished' },
  APPROVED: { PUBLISHED: 'response:publish', DRAFT: 'response:approve' },
  PUBLISHED: {},
};

export function checkResponseTransition(from: ResponseStatusName, to: ResponseStatusName, roles: readonly RoleName[]): TransitionCheck {
  const permission = RESPONSE_TRANSITIONS[from][to];
  if (!permission) return { ok: false, reason: 'illegal', message: `A response cannot move from ${from} to ${to}.` };
  if (!can(roles, permission)) return { ok: false, reason: 'forbidden', message: `Your role cannot move a response from ${from} to ${to}.` };
  return { ok: true };
}

export function nextResponseStatuses(from: ResponseStatusName): ResponseStatusName[] {
  return Object.keys(RESPONSE_TRANSITIONS[from]) as ResponseStatusName[];
}

/** Only drafts are edited; a response under review or approved must be returned to draft first. */
export function isResponseEditable(status: ResponseStatusName): boolean {
  return status === 'DRAFT';
}

export type VersionStatusName = VersionStatus;

const MINUTES_TRANSITIONS: Record<VersionStatusName, VersionStatusName[]> = {
  DRAFT: ['APPROVED'],
  APPROVED: ['PUBLISHED', 'DRAFT'],
  PUBLISHED: [],
};

/** Minutes: drafted, approved (at the next meeting) and published by the clerk. */
export function checkMinutesTransition(from: VersionStatusName, to: VersionStatusName, roles: readonly RoleName[]): TransitionCheck {
  if (!MINUTES_TRANSITIONS[from].includes(to)) return { ok: false, reason: 'illegal', message: `Minutes cannot move from ${from} to ${to}.` };
  if (!can(roles, 'minutes:write')) return { ok: false, reason: 'forbidden', message: 'Only the clerk approves and publishes minutes.' };
  return { ok: true };
}

export function isMinutesEditable(status: VersionStatusName): boolean {
  return status === 'DRAFT';
}
