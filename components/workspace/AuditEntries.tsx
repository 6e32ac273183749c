import Link from 'next/link';
import type { AuditView } from '@/lib/services/read/audit';
import { Table, Td, Th } from '@/components/ui/Table';

const time = (at: string) => new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** A row's changes, field by field: 修改前 struck through → 修改后. */
export function ChangeList({ entry }: { entry: AuditView }) {
  if (entry.changes.length === 0) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingLeft: 16, overflowWrap: 'anywhere' }}>
      {entry.changes.map((c, i) => (
        <li key={`${c.label}-${i}`}>
          <span style={{ color: 'var(--muted)' }}>{c.label}：</span>
          {c.before !== null && <del style={{ color: 'var(--muted)' }}>{c.before}</del>}
          {c.before !== null && c.after !== null && ' → '}
          {c.after !== null && <span>{c.after}</span>}
          {c.after === null && '（删除）'}
        </li>
      ))}
    </ul>
  );
}

/**
 * 审计日志 rows in words: time, who, kind, about what, a one-line summary; the full list of
 * changes opens under the summary (a native details element: no script needed), or is shown
 * at once (`expanded`, the 修改历史 of one record).
 */
export function AuditEntries({ entries, label, showSubject = true, expanded = false }: { entries: AuditView[]; label: string; showSubject?: boolean; expanded?: boolean }) {
  return (
    <Table aria-label={label}>
      <thead>
        <tr>
          <Th>时间</Th>
          <Th>操作人</Th>
          <Th>类型</Th>
          {showSubject && <Th>对象</Th>}
          <Th>内容</Th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-audit-kind={e.kind}>
            <Td style={{ whiteSpace: 'nowrap' }}>{time(e.at)}</Td>
            <Td>{e.actorName ?? '（系统）'}</Td>
            <Td style={{ whiteSpace: 'nowrap' }}>{e.kindLabel}</Td>
            {showSubject && (
              <Td style={{ maxWidth: 220 }}>
                {e.subject}
                {e.unitName && <div style={{ color: 'var(--muted)', fontSize: 12 }}>{e.unitName}</div>}
                {e.historyHref && (
                  <div style={{ fontSize: 12 }}>
                    <Link href={e.historyHref}>历史</Link>
                  </div>
                )}
              </Td>
            )}
            <Td style={{ maxWidth: 560 }}>
              {e.reason && <div>原因：{e.reason}</div>}
              {e.changes.length > 0 && expanded && <ChangeList entry={e} />}
              {e.changes.length > 0 && !expanded && (
                <details>
                  <summary>{e.summary}</summary>
                  <ChangeList entry={e} />
                </details>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
