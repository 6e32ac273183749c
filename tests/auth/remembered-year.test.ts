/** The proxy's year memory: what it remembers, for whom, and which requests it redirects. */
import { describe, expect, it } from 'vitest';
import { rememberedYear, yearCookieValue, yearDecision, type YearRequest } from '@/lib/http/remembered-year';

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

  it('remembers a year asked for in the address, once', () => {
    expect(yearDecision(page('/lines', '2024'), '2023')).toEqual({ remember: '2024' });
    expect(yearDecision(page('/lines', '2024'), null)).toEqual({ remember: '2024' });
    expect(yearDecision(page('/lines', '2024'), '2024')).toBeNull();
    expect(yearDecision(page('/lines', 'abc'), '2023')).toBeNull();
  });

  it('ignores the router prefetching links (the user has chosen nothing)', () => {
    expect(yearDecision(page('/lines', '2024', { isPrefetch: true }), '2023')).toBeNull();
    expect(yearDecision(page('/lines', null, { isPrefetch: true }), '2023')).toBeNull();
  });

  it('sends a year page asked for without a year to the remembered one', () => {
    expect(yearDecision(page('/approval'), '2023')).toEqual({ redirectTo: '2023' });
    expect(yearDecision(page('/projects/p-1'), '2023')).toEqual({ redirectTo: '2023' });
    expect(yearDecision(page('/dashboard'), null)).toBeNull();
  });

  it('leaves alone API calls, server actions, non-GET requests and pages without a year', () => {
    expect(yearDecision(page('/api/lines'), '2023')).toBeNull();
    expect(yearDecision(page('/lines', null, { method: 'POST' }), '2023')).toBeNull();
    expect(yearDecision(page('/lines', null, { isAction: true }), '2023')).toBeNull();
    for (const path of ['/', '/login', '/account/password', '/admin/users', '/audit']) expect(yearDecision(page(path), '2023')).toBeNull();
  });
});
