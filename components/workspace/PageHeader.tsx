import type { ReactNode } from 'react';
import styles from './workspace.module.css';

/** A page's title, an optional subtitle and actions on the right (pickers, buttons). */
export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  return (
    <div className={styles.header}>
      <div>
        <h1 className={styles.title}>{title}</h1>
        {subtitle && (
          <p className={styles.subtitle} data-testid="page-subtitle">
            {subtitle}
          </p>
        )}
      </div>
      {children && <div className={styles.actions}>{children}</div>}
    </div>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className={styles.section} aria-label={title}>
      <div className={styles.header}>
        <h2 className={styles.sectionTitle}>{title}</h2>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {children}
    </section>
  );
}
