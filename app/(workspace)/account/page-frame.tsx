import type { ReactNode } from 'react';

/** The body of the account, approval, audit and admin pages (the workspace layout draws the shell). */
export function PageFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h1 style={{ fontSize: 20 }}>{title}</h1>
      {children}
    </section>
  );
}

/** What a page shows instead of its content when the guard refuses (403). */
export function Refused({ message }: { message: string }) {
  return (
    <p role="alert" style={{ color: 'var(--accent)' }}>
      {message}
    </p>
  );
}
