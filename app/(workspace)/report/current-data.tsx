import Link from 'next/link';
import type { ReportDifference } from '@/lib/budget/report-diff';
import { Section } from '@/components/workspace/PageHeader';

/** 「公开快照 | 当前数据」: which version of an accepted department-year the page shows (leaders and reviewers). */
export function DataSourceToggle({ base, current }: { base: Record<string, string>; current: boolean }) {
  const link = (data: string | null) => `/report?${new URLSearchParams({ ...base, ...(data ? { data } : {}) })}`;
  return (
    <span role="group" aria-label="数据来源" style={{ display: 'inline-flex', gap: 8, fontSize: 13 }}>
      {current ? <Link href={link(null)}>公开快照</Link> : <strong aria-current="true">公开快照</strong>}
      {current ? <strong aria-current="true">当前数据</strong> : <Link href={link('current')}>当前数据</Link>}
    </span>
  );
}

/** The differences of 当前数据 (the live derivation) from the published snapshot, cell by cell. */
export function CurrentDataDiff({ difference }: { difference: ReportDifference }) {
  return (
    <Section title="当前数据与公开快照对比">
      <p style={{ fontSize: 13 }}>以下为按当前数据实时生成的报表（未公开）。公开页面与下载始终使用批复时的公开快照。</p>
      {difference.same ? (
        <p data-testid="current-same">与公开快照一致</p>
      ) : (
        <>
          <p role="status">与公开快照不一致：{difference.cells.length} 个单元格不同{difference.narrative.current.length > 0 ? '，情况说明有变化' : ''}。</p>
          {difference.cells.length > 0 && (
            <table aria-label="差异单元格" style={{ borderCollapse: 'collapse', fontSize: 13, background: '#fff' }}>
              <thead>
                <tr>
                  <th scope="col">表</th>
                  <th scope="col">行</th>
                  <th scope="col">列</th>
                  <th scope="col">公开快照</th>
                  <th scope="col">当前数据</th>
                </tr>
              </thead>
              <tbody>
                {difference.cells.map((c, k) => (
                  <tr key={k}>
                    <td>
                      表{c.table} {c.tableTitle}
                      {c.section ? `（${c.section}）` : ''}
                    </td>
                    <td>{c.row}</td>
                    <td>{c.column}</td>
                    <td>{c.snapshot ?? '—'}</td>
                    <td>{c.current ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {difference.narrative.current.length > 0 && (
            <details>
              <summary>情况说明的变化</summary>
              <p>公开快照：</p>
              <ul>
                {difference.narrative.snapshot.map((s, k) => (
                  <li key={k}>{s}</li>
                ))}
              </ul>
              <p>当前数据：</p>
              <ul>
                {difference.narrative.current.map((s, k) => (
                  <li key={k}>{s}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </Section>
  );
}
