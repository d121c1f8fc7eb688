import { MAX_DELAY_S, secondsToWait, signInRules } from './sign-in';

describe('sign-in limits', () => {
  const [pair, account, client] = signInRules(5);
  const now = new Date('2026-12-05T12:00:00Z');
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it('lets a key try until it reaches its allowance, and forgets a window that has passed', () => {
    if (!pair) throw new Error('rules');
    expect(secondsToWait(pair, null, now, 15)).toBe(0);
    expect(secondsToWait(pair, { failures: 4, windowStart: ago(60), lastFailureAt: ago(1) }, now, 15)).toBe(0);
    expect(secondsToWait(pair, { failures: 5, windowStart: ago(60), lastFailureAt: ago(1) }, now, 15)).toBe(15 * 60 - 60);
    expect(secondsToWait(pair, { failures: 50, windowStart: ago(16 * 60), lastFailureAt: ago(1) }, now, 15)).toBe(0);
  });

  it('slows an account and a client address with a delay that doubles, up to a minute, and never locks them out', () => {
    if (!account || !client) throw new Error('rules');
    expect([account.allowed, client.allowed]).toEqual([10, 20]);
    const state = (failures: number, secondsSinceLast: number) => ({ failures, windowStart: ago(120), lastFailureAt: ago(secondsSinceLast) });
    expect(secondsToWait(account, state(10, 0), now, 15)).toBe(1);
    expect(secondsToWait(account, state(12, 0), now, 15)).toBe(4);
    expect(secondsToWait(account, state(12, 3), now, 15)).toBe(1);
    expect(secondsToWait(account, state(12, 5), now, 15)).toBe(0);
    expect(secondsToWait(account, state(40, 0), now, 15)).toBe(MAX_DELAY_S);
    expect(secondsToWait(client, state(19, 0), now, 15)).toBe(0);
  });
});
