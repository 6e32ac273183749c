import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import styles from './ui.module.css';

const join = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/** A bordered, horizontally scrollable table. */
export function Table({ className, ...rest }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className={styles.tableWrap}>
      <table className={join(styles.table, className)} {...rest} />
    </div>
  );
}

/** A header cell; `numeric` right-aligns it over a column of amounts. */
export function Th({ numeric, className, ...rest }: ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <th className={join(numeric && styles.num, className)} {...rest} />;
}

/** A body cell; `numeric` right-aligns with tabular figures. */
export function Td({ numeric, className, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <td className={join(numeric && styles.num, className)} {...rest} />;
}
