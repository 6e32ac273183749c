'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { Field, Input } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Select } from '@/components/ui/Select';
import { Table, Td, Th } from '@/components/ui/Table';
import { GOV_ECON_CATEGORIES, GOV_ECON_CATEGORY_LABEL } from '@/lib/schemas/reference';
import { sendJson } from './api';
import type { CodeItem } from './CodeTable';

type Category = (typeof GOV_ECON_CATEGORIES)[number];
export interface MappingItem {
  deptEconCode: string;
  category: Category;
  govEconCode: string;
}

const cellKey = (deptEconCode: string, category: Category) => `${deptEconCode}|${category}`;

/**
 * 经济分类对照表: one row per 部门经济 款, one select per side (机关 / 事业) listing the 政府经济 款.
 * Choosing a code saves the row (PUT); choosing 未对照 removes it (DELETE), which the server
 * refuses while lines of that side still depend on it.
 */
export function MappingGrid({ year, deptEcon, govEcon, rows, readOnly }: { year: number; deptEcon: CodeItem[]; govEcon: CodeItem[]; rows: MappingItem[]; readOnly?: boolean }) {
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const current = useMemo(() => new Map(rows.map((r) => [cellKey(r.deptEconCode, r.category), r.govEconCode])), [rows]);
  const options = govEcon.filter((c) => c.code.length === 5).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }));
  const q = query.trim();
  const shown = deptEcon.filter((c) => c.code.length === 5 && (!q || c.code.startsWith(q) || c.name.includes(q)));

  const change = (deptEconCode: string, category: Category, govEconCode: string) =>
    startTransition(async () => {
      const result = govEconCode
        ? await sendJson('PUT', '/api/admin/reference/mapping', { year, deptEconCode, category, govEconCode })
        : await sendJson('DELETE', '/api/admin/reference/mapping', { year, deptEconCode, category });
      const side = GOV_ECON_CATEGORY_LABEL[category];
      setMessage(result.ok ? { tone: 'success', text: `已保存：${deptEconCode}（${side}）→ ${govEconCode || '未对照'}` } : { tone: 'danger', text: result.error });
      router.refresh();
    });

  return (
    <div>
      <Field label="查找部门经济分类款" hint={`共 ${shown.length} 款`}>
        <Input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="输入编码前缀或名称" />
      </Field>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <Table aria-label="经济分类对照表">
        <thead>
          <tr>
            <Th>部门经济分类款</Th>
            {GOV_ECON_CATEGORIES.map((c) => (
              <Th key={c}>{`政府经济分类款（${GOV_ECON_CATEGORY_LABEL[c]}）`}</Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <tr key={d.code}>
              <Td>
                {d.code} {d.name}
              </Td>
              {GOV_ECON_CATEGORIES.map((category) => (
                <Td key={category}>
                  <Select
                    aria-label={`${d.code} ${GOV_ECON_CATEGORY_LABEL[category]}`}
                    // Keyed by the saved value, so a refused change snaps back on refresh.
                    key={current.get(cellKey(d.code, category)) ?? ''}
                    defaultValue={current.get(cellKey(d.code, category)) ?? ''}
                    placeholder="（未对照）"
                    options={options}
                    disabled={readOnly || pending}
                    onChange={(e) => change(d.code, category, e.target.value)}
                  />
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
