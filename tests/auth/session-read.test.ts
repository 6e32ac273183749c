// The guard's own read of the session cookie (lib/auth/session-read.ts): whole, or next-auth's chunks in order.
import { describe, expect, it } from 'vitest';
import { sessionTokenFrom } from '@/lib/auth/session-read';

const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
  getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
});

describe('sessionTokenFrom', () => {
  it('takes the whole cookie when there is one', () => {
    expect(sessionTokenFrom(jar({ 'next-auth.session-token': 'abc', other: 'x' }), 'next-auth.session-token')).toBe('abc');
  });
  it('joins the chunks by their number, not by their order in the header', () => {
    const cookies = { 'next-auth.session-token.10': 'k', 'next-auth.session-token.2': 'c', 'next-auth.session-token.0': 'a', 'next-auth.session-token.1': 'b' };
    expect(sessionTokenFrom(jar(cookies), 'next-auth.session-token')).toBe('abck');
  });
  it('ignores look-alike names and answers null without a cookie', () => {
    expect(sessionTokenFrom(jar({ 'next-auth.session-token.x': 'no', 'next-auth.session-tokenX.0': 'no' }), 'next-auth.session-token')).toBeNull();
    expect(sessionTokenFrom(jar({}), 'next-auth.session-token')).toBeNull();
  });
});
