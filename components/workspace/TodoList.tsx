import Link from 'next/link';
import styles from './workspace.module.css';

export interface TodoEntry {
  text: string;
  href: string;
  reason: string | null;
}

/** 待办: each entry links to the page where it is done; a return shows its reason. */
export function TodoList({ items }: { items: readonly TodoEntry[] }) {
  if (items.length === 0) return <p className={styles.todoEmpty}>暂无待办事项。</p>;
  return (
    <ul className={styles.todo} aria-label="待办事项">
      {items.map((item, k) => (
        <li key={k}>
          <Link href={item.href}>{item.text}</Link>
          {item.reason && <span className={styles.todoReason}>退回原因：{item.reason}</span>}
        </li>
      ))}
    </ul>
  );
}
