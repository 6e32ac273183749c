import type { RenderedPerformanceForm } from '@/lib/budget/report-wire';
import styles from './form-sheet.module.css';

type IndicatorRow = RenderedPerformanceForm['indicators'][number];

interface Group<T> {
  key: string;
  items: T[];
}

/** Consecutive runs with the same key, in order (一级 then 二级 as printed). */
function runs<T>(items: readonly T[], key: (item: T) => string): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.key === key(item)) last.items.push(item);
    else groups.push({ key: key(item), items: [item] });
  }
  return groups;
}

/** 绩效指标 of one scope (实施期 or 年度) as the printed 3-level tree: 一级 and 二级 cells span their rows. */
export function IndicatorTable({ title, indicators }: { title: string; indicators: IndicatorRow[] }) {
  if (indicators.length === 0) return null;
  return (
    <table className={styles.grid} aria-label={title}>
      <colgroup>
        <col style={{ width: '16%' }} />
        <col style={{ width: '18%' }} />
        <col style={{ width: '44%' }} />
        <col style={{ width: '22%' }} />
      </colgroup>
      <thead>
        <tr>
          <th colSpan={4}>{title}</th>
        </tr>
        <tr>
          <th>一级指标</th>
          <th>二级指标</th>
          <th>三级指标</th>
          <th>指标值</th>
        </tr>
      </thead>
      <tbody>
        {runs(indicators, (i) => i.level1).flatMap((level1) =>
          runs(level1.items, (i) => i.level2).flatMap((level2, k2) =>
            level2.items.map((indicator, k3) => (
              <tr key={`${level1.key}/${level2.key}/${k3}`}>
                {k2 === 0 && k3 === 0 && <td rowSpan={level1.items.length}>{level1.key}</td>}
                {k3 === 0 && <td rowSpan={level2.items.length}>{level2.key}</td>}
                <td className={styles.text}>{indicator.name}</td>
                <td>{indicator.value}</td>
              </tr>
            )),
          ),
        )}
      </tbody>
    </table>
  );
}
