'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { deleteProjectAction, mergeProjectAction } from '@/lib/actions/projects';
import type { ProjectSummary } from '@/lib/services/read/projects';

interface Props {
  project: ProjectSummary;
  /** The other projects of the unit and year: where this one may be merged. */
  others: ProjectSummary[];
  /** Where to go once the project is gone (the project list). */
  back: string;
}

const contents = (p: ProjectSummary) =>
  `${p.lineCount} 条明细行（合计 ${p.lineTotalYuan} 元）、${p.procurementCount} 条政府采购（合计 ${p.procurementTotalYuan} 元）`;

/** 删除项目 and 合并到… on the project page, each confirmed in a dialog that says what goes where. */
export function ProjectRemoval({ project, others, back }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState<'delete' | 'merge' | null>(null);
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const into = others.find((p) => p.id === intoId);

  const close = () => {
    setOpen(null);
    setError(null);
  };
  const run = (call: () => Promise<{ ok: true } | { ok: false; error: string }>) =>
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return setError(result.error);
      router.push(back);
    });

  return (
    <>
      <Button variant="danger" onClick={() => setOpen('delete')}>
        删除项目
      </Button>
      <Button onClick={() => setOpen('merge')} disabled={others.length === 0} title={others.length === 0 ? '本单位本年度没有其他项目' : undefined}>
        合并到…
      </Button>
      <Dialog open={open === 'delete'} title="删除项目" onClose={close}>
        <p style={{ marginTop: 0 }}>
          将删除项目“{project.name}”及其 {project.lineCount} 条明细行（合计 {project.lineTotalYuan} 元）
          {project.hasPerformanceForm ? '和绩效目标申报表' : ''}。
        </p>
        {project.procurementCount > 0 && <p>其 {project.procurementCount} 条政府采购（合计 {project.procurementTotalYuan} 元）保留在本单位，不再关联项目。</p>}
        <p>删除后不能恢复。</p>
        {error && (
          <p role="alert" style={{ color: 'var(--accent)' }}>
            {error}
          </p>
        )}
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 12 }}>
          <Button onClick={close}>取消</Button>
          <Button variant="danger" disabled={pending} onClick={() => run(() => deleteProjectAction({ id: project.id, version: project.version }))}>
            {pending ? '正在删除…' : '确认删除'}
          </Button>
        </div>
      </Dialog>
      <Dialog open={open === 'merge'} title="合并项目" onClose={close}>
        <Field label="合并到">
          <Select placeholder="请选择项目" value={intoId} onChange={(e) => setIntoId(e.target.value)} options={others.map((p) => ({ value: p.id, label: p.name }))} aria-label="合并到" />
        </Field>
        <p>
          项目“{project.name}”的 {contents(project)} 将移入{into ? `“${into.name}”（现有 ${contents(into)}）` : '所选项目'}，随后删除“{project.name}”。
        </p>
        <p>
          绩效目标申报表：保留{into ? `“${into.name}”` : '目标项目'}的申报表
          {project.hasPerformanceForm ? `，删除“${project.name}”的申报表` : ''}。
        </p>
        {error && (
          <p role="alert" style={{ color: 'var(--accent)' }}>
            {error}
          </p>
        )}
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 12 }}>
          <Button onClick={close}>取消</Button>
          <Button
            variant="primary"
            disabled={pending || !into}
            onClick={() => into && run(() => mergeProjectAction({ id: project.id, version: project.version, intoId: into.id, intoVersion: into.version }))}
          >
            {pending ? '正在合并…' : '确认合并'}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
