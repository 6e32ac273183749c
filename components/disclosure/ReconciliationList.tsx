import type { RenderedReconciliation } from '@/lib/budget/report-wire';
import { isYuanString } from '@/lib/budget/money';
import { yuanText } from '@/components/workspace/money-text';
import styles from './disclosure.module.css';

type Check = RenderedReconciliation;

/** Both sides are 元 amounts ("1234.50"), except the checks that compare states (本表无数据 …). */
const side = (value: string) => (isYuanString(value) ? `${yuanText(value)} 元` : value);

function CheckItem({ check }: { check: Check }) {
  return (
    <li data-check={check.id} data-ok={check.ok}>
      <span className={check.ok ? styles.ok : styles.fail}>{check.ok ? '✓ 相符' : '✗ 不符'}</span> {check.equation}：左边 {side(check.left)}，右边 {side(check.right)}
    </li>
  );
}

/** 勾稽关系 checked exactly in 元: failures listed first and open, the passing ones folded. */
export function ReconciliationList({ checks }: { checks: Check[] }) {
  const failed = checks.filter((c) => !c.ok);
  const passed = checks.filter((c) => c.ok);
  return (
    <div className={styles.checks}>
      <p data-testid="reconciliation-summary" className={failed.length ? styles.fail : styles.ok}>
        共 {checks.length} 项勾稽关系（按元核对）：通过 {passed.length} 项，未通过 {failed.length} 项。
      </p>
      {failed.length > 0 && (
        <ul aria-label="未通过的勾稽关系" style={{ paddingLeft: 20 }}>
          {failed.map((c) => (
            <CheckItem key={c.id} check={c} />
          ))}
        </ul>
      )}
      <details>
        <summary>查看通过的 {passed.length} 项</summary>
        <ul style={{ paddingLeft: 20, maxHeight: 360, overflowY: 'auto' }}>
          {passed.map((c) => (
            <CheckItem key={c.id} check={c} />
          ))}
        </ul>
      </details>
    </div>
  );
}
