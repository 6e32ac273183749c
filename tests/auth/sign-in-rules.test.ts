// Pure rules of sign-in: the lockout window, the production secret check, the Chinese refusals, input schemas.
import { describe, expect, it } from 'vitest';
import { failureWindowStart, isLocked, lockUntil, shouldLock } from '@/lib/auth/lockout';
import { signInErrorMessage } from '@/lib/auth/messages';
import { authSecret, secretProblem } from '@/lib/auth/secret';
import { changePasswordSchema } from '@/lib/schemas/auth';
import { firstIssue } from '@/lib/schemas/common';
import { createLineSchema } from '@/lib/schemas/line';
import { canonicalJson } from '@/lib/services/publish';

const now = new Date('2026-03-01T10:00:00Z');

describe('lockout', () => {
  it('counts failures over the last 15 minutes, or since the last success', () => {
    expect(failureWindowStart(now, null)).toEqual(new Date('2026-03-01T09:45:00Z'));
    expect(failureWindowStart(now, new Date('2026-03-01T09:50:00Z'))).toEqual(new Date('2026-03-01T09:50:00Z'));
    expect(failureWindowStart(now, new Date('2026-03-01T09:00:00Z'))).toEqual(new Date('2026-03-01T09:45:00Z'));
  });

  it('locks at the 5th failure for 15 minutes', () => {
    expect([4, 5, 6].map(shouldLock)).toEqual([false, true, true]);
    expect(lockUntil(now)).toEqual(new Date('2026-03-01T10:15:00Z'));
    expect(isLocked(lockUntil(now), now)).toBe(true);
    expect(isLocked(now, now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});

describe('NEXTAUTH_SECRET', () => {
  it('is required in production, with at least 32 characters', () => {
    expect(secretProblem({ NODE_ENV: 'production' })).toMatch(/NEXTAUTH_SECRET is not set/);
    expect(secretProblem({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(31) })).toMatch(/only 31 characters/);
    expect(secretProblem({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32) })).toBeNull();
    expect(() => authSecret({ NODE_ENV: 'production' })).toThrow(/Refusing to start/);
  });

  it('development and tests run without one', () => {
    expect(secretProblem({ NODE_ENV: 'development' })).toBeNull();
    expect(authSecret({ NODE_ENV: 'test' }).length).toBeGreaterThanOrEqual(32);
  });
});

describe('messages', () => {
  it('sign-in refusals are the three Chinese texts', () => {
    expect(signInErrorMessage('INVALID')).toBe('用户名或密码错误');
    expect(signInErrorMessage('LOCKED')).toBe('账户已锁定，请15分钟后再试');
    expect(signInErrorMessage('INACTIVE')).toBe('账户已停用');
    expect(signInErrorMessage('CredentialsSignin')).toBe('用户名或密码错误');
    expect(signInErrorMessage('SessionRequired')).toBeNull();
  });

  it('a failed parse names the field in Chinese', () => {
    const line = { unitId: 'u', year: 2023, functionalCode: '20103', deptEconCode: '30201', kind: 'BASIC', fundingSource: 'GENERAL_PUBLIC', amountYuan: '1.00' };
    const result = createLineSchema.safeParse(line);
    expect(result.success).toBe(false);
    if (!result.success) expect(firstIssue(result.error)).toEqual({ field: 'functionalCode', message: '功能分类科目须为7位数字（项级）' });
    const pw = changePasswordSchema.safeParse({ currentPassword: 'a', newPassword: 'Abcdefgh12', confirmPassword: 'Abcdefgh13' });
    if (!pw.success) expect(firstIssue(pw.error)).toEqual({ field: 'confirmPassword', message: '两次输入的新密码不一致' });
    expect(pw.success).toBe(false);
  });
});

describe('snapshot hashing', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});
