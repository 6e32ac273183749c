'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { sendJson } from '@/components/admin/api';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import type { CopiedUnit } from '@/lib/services/copy-year';

interface Props {
  year: number;
  unit: { id: string; name: string };
  /** The leader may copy the whole department. */
  department: { code: string; name: string } | null;
}

/** "4284742.19" → "4,284,742.19" (the exact string, no float). */
const withSeparators = (yuan: string) => yuan.replace(/\B(?=(\d{3})+(?!\d))(?=.*\.)/g, ',');

type Outcome = { ok: true; units: CopiedUnit[] } | { ok: false; error: string };

/** 复制上年预算: the unit (or the whole department) starts this year from last year's data. */
export function CopyYearDialog({ year, unit, department }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const target = form.get('target') === 'department' && department ? { departmentCode: department.code } : { unitId: unit.id };
    setPending(true);
    const result = await sendJson<{ units: CopiedUnit[] }>('POST', '/api/copy-year', { toYear: year, ...target, amounts: form.get('amounts'), replace: form.get('replace') === 'on' });
    setPending(false);
    setOutcome(result.ok ? { ok: true, units: result.data.units } : { ok: false, error: result.error });
    if (result.ok) router.refresh();
  };

  return (
    <>
      <Button onClick={() => { setOutcome(null); setOpen(true); }}>复制上年预算</Button>
      <Dialog open={open} title={`复制${year - 1}年度预算到${year}年度`} onClose={() => setOpen(false)}>
        <form onSubmit={onSubmit} style={{ display: 'grid', gap: 8 }}>
          <p style={{ margin: 0 }}>复制基本支出明细行、经常性项目（含绩效目标申报表）及政府采购；一次性项目、上年结转资金和新年度已不存在的科目不复制，并在下方列出。</p>
          <fieldset>
            <legend>复制范围</legend>
            <label><input type="radio" name="target" value="unit" defaultChecked /> 本单位（{unit.name}）</label>
            {department && <label style={{ marginLeft: 12 }}><input type="radio" name="target" value="department" /> 整个部门（{department.name}）</label>}
          </fieldset>
          <fieldset>
            <legend>金额</legend>
            <label><input type="radio" name="amounts" value="KEEP" defaultChecked /> 保留上年金额</label>
            <label style={{ marginLeft: 12 }}><input type="radio" name="amounts" value="ZERO" /> 金额置零</label>
          </fieldset>
          <label><input type="checkbox" name="replace" /> 替换已有数据（本年度已录入的明细行、项目、政府采购将被删除）</label>
          <div><Button type="submit" variant="primary" disabled={pending}>开始复制</Button></div>
        </form>
        {outcome && !outcome.ok && <p role="alert" style={{ color: 'var(--accent)' }}>{outcome.error}</p>}
        {outcome?.ok && (
          <div role="status">
            {outcome.units.map((u) => (
              <div key={u.unitId}>
                <p style={{ marginBottom: 4 }}>{u.unitName}：复制明细行{u.lines}条（合计{withSeparators(u.totalYuan)}元）、项目{u.projects}个、政府采购{u.procurement}条。</p>
                {u.skipped.length > 0 && (
                  <ul style={{ marginTop: 0, fontSize: 13 }} aria-label={`${u.unitName}未复制的内容`}>
                    {u.skipped.map((s, k) => <li key={k}>{s.what}：{s.reason}</li>)}
                  </ul>
                )}
              </div>
            ))}
          </div>
        )}
      </Dialog>
    </>
  );
}
