'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { isYearValue, yearCookie } from '@/lib/http/remembered-year';
import { useShellYear } from './shell-year';
import styles from './shell.module.css';

export interface ShellYearChoice {
  year: number;
  closed: boolean;
}

/**
 * 预算年度 in the shell: changing it reloads the current page with ?year= (the unit or
 * department picked stays; an open edit form does not), and the side links carry it. A page
 * shown with ?year= is remembered for the user (the proxy sends year-less addresses to it).
 */
export function YearPicker({ years, fallback, userId }: { years: readonly ShellYearChoice[]; fallback: number | null; userId: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const year = useShellYear(fallback);
  const asked = params.get('year');
  useEffect(() => {
    if (isYearValue(asked)) document.cookie = yearCookie(userId, asked);
  }, [asked, userId]);
  if (years.length === 0 || year === null) return null;
  const go = (value: string) => {
    const query = new URLSearchParams(params.toString());
    query.delete('edit');
    query.set('year', value);
    router.push(`${pathname}?${query.toString()}`);
  };
  return (
    <label className={styles.year}>
      <span>预算年度</span>
      <select aria-label="预算年度（全局）" value={String(year)} onChange={(e) => go(e.target.value)}>
        {years.map((y) => (
          <option key={y.year} value={String(y.year)}>
            {y.year}年{y.closed ? '（已关闭）' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
