import type { ReactNode } from 'react';
import { Notice } from '@/components/ui/Notice';
import { Table, Td, Th } from '@/components/ui/Table';
import type { DepartmentFindingSummary, FindingCounts } from '@/lib/services/read/checks';

const count = (n: number, tone: 'danger' | 'warning' | 'info') => (n === 0 ? '0' : <strong data-tone={tone}>{n}</strong>);

/** "2026-12-01 13:05" in China time, for the acknowledgement stamp. */
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/**
 * 审核问题汇总: per unit the open 致命 / 警告（未确认） / 提示 findings and each acknowledged warning
 * with who, when and the note; the department level (情况说明, 增减变动原因) on its own row.
 */
export function FindingsSummary({ summaries }: { summaries: readonly DepartmentFindingSummary[] }) {
  if (summaries.length === 0) return <Notice tone="info">没有需要汇总审核问题的部门。</Notice>;
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      {summaries.map((d) => (
        <Table key={d.departmentId} aria-label={`${d.departmentName}审核问题汇总`}>
          <thead>
            <tr><Th>{d.departmentName}</Th><Th numeric>致命</Th><Th numeric>警告（未确认）</Th><Th numeric>提示</Th><Th>已确认的警告</Th></tr>
          </thead>
          <tbody>
            <CountsRow label="部门层面（情况说明、增减变动原因）" counts={d.departmentLevel} />
            {d.units.map((u) => (
              <CountsRow key={u.unitId} label={u.unitName} counts={u}>
                {u.acknowledged.length === 0 ? (
                  '—'
                ) : (
                  <ul style={{ margin: 0, paddingLeft: 16 }}>
                    {u.acknowledged.map((a, i) => (
                      <li key={i}>
                        {`${a.ruleName} · ${a.where}：${a.message}`}
                        <br />
                        <small>{`${a.userName} 于 ${when(a.createdAt)} 确认${a.note ? `，说明：${a.note}` : ''}`}</small>
                      </li>
                    ))}
                  </ul>
                )}
              </CountsRow>
            ))}
          </tbody>
        </Table>
      ))}
    </div>
  );
}

function CountsRow({ label, counts, children = '—' }: { label: string; counts: FindingCounts; children?: ReactNode }) {
  return (
    <tr>
      <Td>{label}</Td>
      <Td numeric>{count(counts.fatal, 'danger')}</Td>
      <Td numeric>{count(counts.warn, 'warning')}</Td>
      <Td numeric>{count(counts.info, 'info')}</Td>
      <Td>{children}</Td>
    </tr>
  );
}
