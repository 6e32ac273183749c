/**
 * The session cookie's encryption, in next-auth's own format (a JWE with `dir` / A256GCM under a
 * key derived by HKDF-SHA256 from NEXTAUTH_SECRET, info "NextAuth.js Generated Encryption Key"),
 * so tokens stay interchangeable with next-auth/jwt's encode/decode (tests/auth/session-token.test.ts).
 * The one difference: the derived key is computed once per secret and kept, where next-auth
 * derives it again on every encode and decode — two to four times per request (the proxy's
 * decode, getServerSession's decode and re-encode). Under load that derivation was ≈ 4 % of the
 * server's CPU (docs/benchmarks.md).
 */
import { hkdfSync, randomUUID } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { JWT, JWTDecodeParams, JWTEncodeParams } from 'next-auth/jwt';

const keys = new Map<string, Uint8Array>();
/** next-auth's default when no maxAge is given (30 days); ours always passes one. */
const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;

function secretText(secret: JWTEncodeParams['secret']): string {
  return typeof secret === 'string' ? secret : Buffer.from(secret).toString('utf8');
}

/** The A256GCM key for `secret` and `salt`, derived once. */
function encryptionKey(secret: JWTEncodeParams['secret'], salt = ''): Uint8Array {
  const material = secretText(secret);
  const id = `${salt}\u0000${material}`;
  let key = keys.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync('sha256', material, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`, 32));
    keys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE, salt = '' }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

export async function decodeSessionToken({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
