// The proxy's rule for re-issuing the sliding session cookie (lib/auth/session-cookie.ts): a cookie
// issued under a minute ago is left alone; the idle timeout stays 29–30 minutes after the last
// request; the 12-hour absolute lifetime is checked apart from it.
import { describe, expect, it } from 'vitest';
import { cookieExpiry, sessionTooOld, shouldReissueCookie } from '@/lib/auth/session-cookie';

const NOW_MS = Date.UTC(2026, 11, 1, 9, 0, 0);
const now = NOW_MS / 1000;
/** A token as next-auth's encode leaves it: expiry 30 minutes after issue. */
const issuedSecondsAgo = (seconds: number) => ({ iat: now - seconds, exp: now - seconds + 1800 });

describe('shouldReissueCookie', () => {
  it('leaves a cookie issued less than a minute ago', () => {
    expect(shouldReissueCookie(issuedSecondsAgo(0), NOW_MS)).toBe(false);
    expect(shouldReissueCookie(issuedSecondsAgo(30), NOW_MS)).toBe(false);
    expect(shouldReissueCookie(issuedSecondsAgo(59), NOW_MS)).toBe(false);
  });

  it('re-issues a cookie issued a minute ago or more', () => {
    expect(shouldReissueCookie(issuedSecondsAgo(61), NOW_MS)).toBe(true);
    expect(shouldReissueCookie(issuedSecondsAgo(10 * 60), NOW_MS)).toBe(true);
    expect(shouldReissueCookie(issuedSecondsAgo(29 * 60 + 50), NOW_MS)).toBe(true);
  });

  it('re-issues a cookie with a shorter life or without an expiry', () => {
    expect(shouldReissueCookie({ exp: now + 60 }, NOW_MS)).toBe(true);
    expect(shouldReissueCookie({}, NOW_MS)).toBe(true);
    expect(shouldReissueCookie({ exp: '1800' }, NOW_MS)).toBe(true);
  });

  it('keeps the idle timeout within 29–30 minutes of the last request', () => {
    // Requests every 50 s; about every other one re-issues.
    let token = issuedSecondsAgo(0);
    for (let t = 50; t <= 3600; t += 50) {
      const at = NOW_MS + t * 1000;
      if (shouldReissueCookie(token, at)) token = { iat: at / 1000, exp: at / 1000 + 1800 };
      // After each request the session survives at least 29 and at most 30 idle minutes.
      const left = token.exp - at / 1000;
      expect(left).toBeGreaterThanOrEqual(29 * 60);
      expect(left).toBeLessThanOrEqual(30 * 60);
    }
  });

  it('does not stretch the absolute lifetime: 12 hours after sign-in the session is over, re-issued or not', () => {
    const authTime = now - 12 * 3600 + 30;
    expect(sessionTooOld(authTime, NOW_MS)).toBe(false);
    expect(cookieExpiry(authTime, NOW_MS).getTime()).toBe((authTime + 12 * 3600) * 1000);
    expect(sessionTooOld(authTime, NOW_MS + 31_000)).toBe(true);
  });
});
