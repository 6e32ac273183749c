'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useShellYear, withYear } from './shell-year';
import styles from './shell.module.css';

export interface NavItem {
  href: string;
  label: string;
}

/** The side navigation; the current section is marked aria-current="page"; every link keeps the year shown. */
export function SideNav({ items, fallbackYear = null }: { items: NavItem[]; fallbackYear?: number | null }) {
  const pathname = usePathname();
  const year = useShellYear(fallbackYear);
  const current = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav className={styles.nav} aria-label="主导航">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={withYear(item.href, year)} aria-current={current(item.href) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
