import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * 部门预算公开: the pages anyone may read without signing in (proxy.ts lets /public through). Light
 * on purpose, for a slow government intranet: server-rendered HTML with plain links and GET forms,
 * no client JavaScript needed to search or to read a table.
 */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div style={{ maxWidth: 1280, margin: '0 auto', padding: '12px 16px 48px' }}>
      <header style={{ display: 'flex', alignItems: 'baseline', gap: 16, borderBottom: '1px solid var(--border)', paddingBottom: 8, marginBottom: 12 }}>
        <Link prefetch={false} href="/public" style={{ fontSize: 20, fontWeight: 600, color: 'inherit', textDecoration: 'none' }}>
          部门预算公开
        </Link>
        <span style={{ color: 'var(--muted)', fontSize: 13 }}>经财政部门批复后公开的部门预算，内容取自批复时生成的公开快照</span>
        <a href="/login" style={{ marginLeft: 'auto', fontSize: 13 }}>
          工作人员登录
        </a>
      </header>
      {children}
    </div>
  );
}
