import Link from 'next/link';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { guardOutcome } from '@/lib/auth/guard';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { YEAR_HEADER } from '@/lib/http/remembered-year';
import { readPeriod } from '@/lib/services/read/years';
import { navItemsFor } from '@/components/shell/nav-items';
import { SideNav } from '@/components/shell/SideNav';
import { SignOutButton } from '@/components/shell/SignOutButton';
import { YearPicker } from '@/components/shell/YearPicker';
import styles from '@/components/shell/shell.module.css';

export const dynamic = 'force-dynamic';

/**
 * The signed-in shell: who is signed in, 退出登录, the 预算年度 (the URL's ?year=, else the year
 * with work waiting, as the pages resolve it) and the navigation of the user's role, whose links
 * keep the year. Pages guard themselves.
 */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  // 'account.password' is every role's action and passes a forced password change, so the shell shows even then.
  const outcome = await guardOutcome('account.password');
  if (!outcome.ok) {
    if (outcome.error.code === 'UNAUTHENTICATED') redirect('/login');
    return <main className={styles.main}>{children}</main>;
  }
  const { actor } = outcome.guarded;
  // The URL's year when it names one that exists (the proxy passes it on), else the year with work waiting.
  const asked = (await headers()).get(YEAR_HEADER) ?? undefined;
  const { years, year } = await readPeriod(outcome.guarded, asked);
  return (
    <div className={styles.shell}>
      <header className={styles.top}>
        <Link href="/" className={styles.brand}>
          部门预算编制与公开系统
        </Link>
        <YearPicker years={years} fallback={year} userId={actor.id} />
        <div className={styles.user}>
          <span data-testid="current-user">
            {actor.displayName}（{ROLE_LABEL[actor.role]}）
          </span>
          <Link href="/account/password">修改密码</Link>
          <SignOutButton />
        </div>
      </header>
      <SideNav items={navItemsFor(actor.role)} fallbackYear={year} />
      <main className={styles.main}>{children}</main>
    </div>
  );
}
