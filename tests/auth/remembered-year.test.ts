/** The year memory: what is remembered, for whom, and which requests the proxy sends to it. */
import { describe, expect, it } from 'vitest';
import { rememberedYear, yearCookie, yearCookieValue, yearRedirect, type YearRequest } from '@/lib/http/remembered-year';

const page = (pathname: string, asked: string | null = null, extra: Partial<YearRequest> = {}): YearRequest => ({ method: 'GET', pathname, asked, isAction: false, ...extra });

describe('remembered year', () => {
  it('belongs to the user who chose it', () => {
    const cookie = yearCookieValue('u-lingdao', '2023');
    expect(rememberedYear(cookie, 'u-lingdao')).toBe('2023');
    expect(rememberedYear(cookie, 'u-shenhe')).toBeNull();
    expect(rememberedYear(undefined, 'u-lingdao')).toBeNull();
    expect(rememberedYear('u-lingdao:20x3', 'u-lingdao')).toBeNull();
    expect(rememberedYear(':2023', '')).toBeNull();
  });

  it('is written by the shell as a session cookie for every path', () => {
    expect(yearCookie('u-lingdao', '2024')).toBe('budget-year=u-lingdao:2024; path=/; samesite=lax');
  });

  it('sends a year page asked for without a year to the remembered one', () => {
    expect(yearRedirect(page('/approval'), '2023')).toBe('2023');
    expect(yearRedirect(page('/projects/p-1'), '2023')).toBe('2023');
    expect(yearRedirect(page('/dashboard'), null)).toBeNull();
  });

  it('keeps the year asked for', () => {
    expect(yearRedirect(page('/lines', '2024'), '2023')).toBeNull();
    expect(yearRedirect(page('/lines', 'abc'), '2023')).toBeNull();
  });

  it('leaves alone API calls, server actions, prefetches, non-GET requests and pages without a year', () => {
    expect(yearRedirect(page('/api/lines'), '2023')).toBeNull();
    expect(yearRedirect(page('/lines', null, { method: 'POST' }), '2023')).toBeNull();
    expect(yearRedirect(page('/lines', null, { isAction: true }), '2023')).toBeNull();
    expect(yearRedirect(page('/lines', null, { isPrefetch: true }), '2023')).toBeNull();
    for (const path of ['/', '/login', '/account/password', '/admin/users', '/audit']) expect(yearRedirect(page(path), '2023')).toBeNull();
  });
});
