'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { sendJson } from '@/components/admin/api';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Field';
import { Table, Td, Th } from '@/components/ui/Table';
import type { PriorYearPanel } from '@/lib/services/read/prior-year';

const SOURCE_LABEL = { PUBLISHED: '上年批复数', ENTERED: '部门填报', none: '未提供' } as const;

/**
 * 上年数 and the year-on-year comparison: last year's figures with their source, this year's, and
 * the change as the 情况说明 states it. The leader enters the figures (元) unless last year's
 * accepted report supplies them; an empty box means unknown (no comparison).
 */
export function PriorYearForm({ year, panel, readOnly }: { year: number; panel: PriorYearPanel; readOnly: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const editable = !readOnly && panel.publishedYear === null;

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const figures = Object.fromEntries(panel.rows.map((r) => [r.key, String(form.get(r.key) ?? '').replace(/,/g, '').trim() || null]));
    setPending(true);
    const result = await sendJson('PUT', '/api/prior-year', { year, figures, ...(panel.entered && { version: panel.entered.version }) });
    setPending(false);
    setMessage(result.ok ? { ok: true, text: '上年数已保存，情况说明的同比表述已更新' } : { ok: false, text: result.error });
    if (result.ok) router.refresh();
  };

  return (
    <form onSubmit={onSubmit} aria-label="上年数">
      {panel.publishedYear !== null && <p>上年数取自{panel.publishedYear}年度批复的部门预算，不需填报。</p>}
      <Table>
        <thead>
          <tr><Th>指标</Th><Th numeric>上年数（元）</Th><Th>来源</Th><Th numeric>本年数（元）</Th><Th>同比</Th></tr>
        </thead>
        <tbody>
          {panel.rows.map((r) => (
            <tr key={r.key}>
              <Td>{r.label}</Td>
              <Td numeric>
                {editable ? (
                  <Input name={r.key} aria-label={`上年${r.label}`} defaultValue={panel.entered?.figures[r.key] ?? ''} inputMode="decimal" size={14} />
                ) : (
                  (r.prior ?? '—')
                )}
              </Td>
              <Td><Badge tone={r.source === 'PUBLISHED' ? 'success' : r.source === 'ENTERED' ? 'info' : 'neutral'}>{SOURCE_LABEL[r.source ?? 'none']}</Badge></Td>
              <Td numeric>{r.current}</Td>
              <Td>{r.comparison ?? '—'}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {editable && (
        <Button type="submit" variant="primary" disabled={pending} style={{ marginTop: 8 }}>
          保存上年数
        </Button>
      )}
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </form>
  );
}
