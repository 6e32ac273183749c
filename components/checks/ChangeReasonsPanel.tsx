'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/admin/api';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { TextArea } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Table, Td, Th } from '@/components/ui/Table';
import type { ChangeReasonPanel, ChangeReasonRow } from '@/lib/services/read/change-reasons';
import { formatYuanText } from './format';
import { SeverityBadge } from './severity';

/**
 * 增减变动原因: each 功能分类 项 and 三公 item that moved by at least the year's threshold needs a
 * reason before 报送财政; the leader writes it here (保存 sends the version last seen; an empty
 * text removes it) and the 情况说明 quotes it.
 */
export function ChangeReasonsPanel({ year, panel, readOnly }: { year: number; panel: ChangeReasonPanel; readOnly: boolean }) {
  const missing = panel.rows.filter((r) => r.required && !r.reason).length;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <p>
        功能分类项级科目（含上年结转）及三公经费各项比上年数增减达到{panel.thresholdPercent}%的，须逐项说明原因，情况说明将引用。
        {!panel.functionalKnown && '上年部门预算未在本系统批复，功能分类项级科目不作比较。'}
      </p>
      {missing > 0 && panel.severity && (
        <Notice tone={panel.severity === 'FATAL' ? 'danger' : 'warning'}>
          有{missing}项增减变动尚未说明原因{panel.severity === 'FATAL' ? '，填写后才能报送财政' : ''}。
        </Notice>
      )}
      {panel.rows.length === 0 ? (
        <Notice tone="success">没有须说明原因的增减变动。</Notice>
      ) : (
        <Table aria-label="增减变动原因">
          <thead>
            <tr><Th>科目或项目</Th><Th numeric>本年数（元）</Th><Th numeric>上年数（元）</Th><Th>同比</Th><Th>变动原因</Th></tr>
          </thead>
          <tbody>
            {panel.rows.map((row) => (
              <ReasonRow key={row.subject} year={year} row={row} severity={panel.severity} readOnly={readOnly} />
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

function ReasonRow({ year, row, severity, readOnly }: { year: number; row: ChangeReasonRow; severity: ChangeReasonPanel['severity']; readOnly: boolean }) {
  const router = useRouter();
  const [text, setText] = useState(row.reason?.text ?? '');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async () => {
    setPending(true);
    const result = await sendJson('PUT', '/api/change-reasons', { year, subject: row.subject, text, ...(row.reason && { version: row.reason.version }) });
    setPending(false);
    setMessage(result.ok ? { ok: true, text: text.trim() === '' ? '已清除' : '已保存' } : { ok: false, text: result.error });
    if (result.ok) router.refresh();
  };

  return (
    <tr data-subject={row.subject}>
      <Td>
        {row.label} {row.required && !row.reason && severity && <SeverityBadge severity={severity} />}
        {row.reason && <Badge tone="success">已说明</Badge>}
      </Td>
      <Td numeric>{formatYuanText(row.current)}</Td>
      <Td numeric>{row.prior === null ? '—' : formatYuanText(row.prior)}</Td>
      <Td>{row.comparison ?? '—'}</Td>
      <Td>
        {readOnly ? (
          (row.reason?.text ?? '—')
        ) : (
          <div style={{ display: 'grid', gap: 4 }}>
            <TextArea aria-label={`${row.label}变动原因`} value={text} onChange={(e) => setText(e.target.value)} rows={2} maxLength={500} />
            <div>
              <Button type="button" onClick={save} disabled={pending || text === (row.reason?.text ?? '')}>保存原因</Button>{' '}
              {message && <small role={message.ok ? 'status' : 'alert'}>{message.text}</small>}
            </div>
          </div>
        )}
      </Td>
    </tr>
  );
}
