import type { ReactNode } from 'react';
import styles from './ui.module.css';

type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

const TONE_CLASS: Record<NoticeTone, string | undefined> = {
  info: styles.noticeinfo,
  success: styles.noticesuccess,
  warning: styles.noticewarning,
  danger: styles.noticedanger,
};

/** A message box; danger and warning are announced (role=alert), the others are polite (role=status). */
export function Notice({ tone = 'info', children }: { tone?: NoticeTone; children: ReactNode }) {
  const role = tone === 'danger' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div role={role} className={[styles.notice, TONE_CLASS[tone]].join(' ')}>
      {children}
    </div>
  );
}
