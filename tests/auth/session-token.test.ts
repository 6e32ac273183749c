// The session cookie's encryption (lib/auth/session-token.ts) must stay next-auth's format: a token
// made by either side opens on the other, a wrong secret or a changed byte opens nowhere, and an
// expired token is refused — only the derived key is kept instead of derived again each time.
import { decode, encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { decodeSessionToken, encodeSessionToken } from '@/lib/auth/session-token';

const secret = 'test-secret-0123456789abcdefghijklmnopqrstuvwxyz';
const claims = { sub: 'user-1', name: '财务一', epoch: 3, authTime: 1_700_000_000, sid: 'session-1' };

describe('session token', () => {
  it('is opened by next-auth, and opens what next-auth made', async () => {
    const ours = await encodeSessionToken({ token: claims, secret, maxAge: 1800 });
    expect(await decode({ token: ours, secret })).toMatchObject(claims);
    const theirs = await encode({ token: claims, secret, maxAge: 1800 });
    expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject(claims);
  });

  it('carries iat, exp = iat + maxAge and a fresh jti each time', async () => {
    const a = await decodeSessionToken({ token: await encodeSessionToken({ token: claims, secret, maxAge: 1800 }), secret });
    const b = await decodeSessionToken({ token: await encodeSessionToken({ token: claims, secret, maxAge: 1800 }), secret });
    expect(typeof a?.iat).toBe('number');
    expect(Number(a?.exp) - Number(a?.iat)).toBe(1800);
    expect(a?.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(a?.jti).not.toBe(b?.jti);
  });

  it('refuses another secret, a changed byte and an expired token', async () => {
    const token = await encodeSessionToken({ token: claims, secret, maxAge: 1800 });
    await expect(decodeSessionToken({ token, secret: `${secret}x` })).rejects.toThrow();
    const parts = token.split('.');
    const cipher = parts[3] ?? '';
    parts[3] = (cipher[0] === 'A' ? 'B' : 'A') + cipher.slice(1);
    await expect(decodeSessionToken({ token: parts.join('.'), secret })).rejects.toThrow();
    const expired = await encodeSessionToken({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: '', secret })).toBeNull();
  });

  it('keeps salts apart (the salt enters the key derivation)', async () => {
    const salted = await encodeSessionToken({ token: claims, secret, salt: 'authjs.session-token', maxAge: 1800 });
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: salted, secret, salt: 'authjs.session-token' })).toMatchObject(claims);
  });
});
