import type { ReactNode } from 'react';
import styles from './ui.module.css';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONE_CLASS: Record<Tone, string | undefined> = {
  neutral: styles.neutral,
  info: styles.info,
  success: styles.success,
  warning: styles.warning,
  danger: styles.dangerTone,
};

/** The badge's class names (for markup built as a string, e.g. components/county/overview-markup.ts). */
export const badgeClass = (tone: Tone = 'neutral') => [styles.badge, TONE_CLASS[tone]].join(' ');

export function Badge({ tone = 'neutral', children, title }: { tone?: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={badgeClass(tone)} title={title}>
      {children}
    </span>
  );
}
