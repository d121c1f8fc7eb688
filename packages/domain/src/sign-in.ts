// How failed sign-ins are limited (OWASP Authentication Cheat Sheet: limits per account and per
// source, with delays that grow rather than a lockout an attacker can use against the owner):
// - one account from one client address: at most `maxFailures` in the window, then that pair
//   waits for the window to pass. Stops guessing, and touches no one else;
// - one account from anywhere: after twice that, every further try waits twice as long as the
//   one before (up to MAX_DELAY_S). Slows a spread-out attack on one person without locking them
//   out: the owner, from their own address, waits seconds, not the window;
// - one client address, any account: after four times that, the same growing delay. Slows
//   password spraying; behind a proxy without TRUST_PROXY every client shares one address and so
//   one delay (README says to set TRUST_PROXY there).
export type ThrottleScope = 'pair' | 'account' | 'client';

export interface ThrottleRule {
  scope: ThrottleScope;
  /** Failures in the window before the rule bites. */
  allowed: number;
  /** 'block': no try until the window ends; 'delay': each try waits 2^(excess) s after the last failure. */
  kind: 'block' | 'delay';
}

export const MAX_DELAY_S = 60;

export function signInRules(maxFailures: number): ThrottleRule[] {
  return [
    { scope: 'pair', allowed: maxFailures, kind: 'block' },
    { scope: 'account', allowed: maxFailures * 2, kind: 'delay' },
    { scope: 'client', allowed: maxFailures * 4, kind: 'delay' },
  ];
}

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lastFailureAt: Date | null;
}

/** Seconds this key must still wait before another try is checked (0: it may try now). */
export function secondsToWait(rule: ThrottleRule, state: ThrottleState | null, now: Date, windowMinutes: number): number {
  if (!state) return 0;
  const windowEnds = state.windowStart.getTime() + windowMinutes * 60_000;
  if (windowEnds <= now.getTime() || state.failures < rule.allowed) return 0;
  if (rule.kind === 'block') return (windowEnds - now.getTime()) / 1000;
  const delay = Math.min(MAX_DELAY_S, 2 ** (state.failures - rule.allowed)) * 1000;
  const since = state.lastFailureAt ? now.getTime() - state.lastFailureAt.getTime() : Infinity;
  return Math.max(0, (delay - since) / 1000);
}
