import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Actor } from '@/lib/auth/guard';
import { actionsOf } from '@/lib/auth/permissions';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { SignOutButton } from './sign-out-button';

/** A plain frame for the account, approval, audit and admin pages: who is signed in, where to go. */
export function PageFrame({ title, actor, children }: { title: string; actor?: Actor; children: ReactNode }) {
  const actions = actor ? actionsOf(actor.role) : [];
  const links = [
    { href: '/approval', label: '审核报送', show: actions.includes('department.read') },
    { href: '/audit', label: '审计日志', show: actions.includes('audit.read') },
    { href: '/admin/users', label: '用户管理', show: actions.includes('user.manage') },
    { href: '/account/password', label: '修改密码', show: Boolean(actor) },
  ];
  return (
    <main style={{ maxWidth: 1100, margin: '0 auto', padding: 24 }}>
      <header style={{ display: 'flex', gap: 16, alignItems: 'center', borderBottom: '1px solid var(--border)', paddingBottom: 8 }}>
        <strong>部门预算编制与公开系统</strong>
        {links.filter((l) => l.show).map((l) => (
          <Link key={l.href} href={l.href}>
            {l.label}
          </Link>
        ))}
        <span style={{ marginLeft: 'auto', color: 'var(--muted)' }}>{actor && `${actor.displayName}（${ROLE_LABEL[actor.role]}）`}</span>
        <SignOutButton />
      </header>
      <h1 style={{ fontSize: 20 }}>{title}</h1>
      {children}
    </main>
  );
}

export function Refused({ message }: { message: string }) {
  return (
    <main style={{ maxWidth: 600, margin: '10vh auto', padding: 24 }}>
      <p role="alert" style={{ color: 'var(--accent)' }}>
        {message}
      </p>
      <SignOutButton />
    </main>
  );
}
