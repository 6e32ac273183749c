'use client';

import { useSearchParams } from 'next/navigation';

/** The year the shell carries: the URL's ?year= when it is a year, else the one the server opened on. */
export function useShellYear(fallback: number | null): number | null {
  const asked = useSearchParams().get('year');
  return asked && /^\d{4}$/.test(asked) ? Number(asked) : fallback;
}

/** `href` with ?year= set (other query values kept). */
export function withYear(href: string, year: number | null): string {
  if (year === null) return href;
  const [path = '', query = ''] = href.split('?');
  const search = new URLSearchParams(query);
  search.set('year', String(year));
  return `${path}?${search.toString()}`;
}
