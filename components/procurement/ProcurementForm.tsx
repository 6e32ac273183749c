'use client';

import { useRouter } from 'next/navigation';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Select } from '@/components/ui/Select';
import { createProcurementAction } from '@/lib/actions/procurement';
import { createProcurementSchema } from '@/lib/schemas/project';
import { CATEGORIES, CATEGORY_LABEL } from './procurement-rows';

type ProcurementInput = z.input<typeof createProcurementSchema>;
type ProcurementOutput = z.output<typeof createProcurementSchema>;

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const FIELDS = ['category', 'itemName', 'projectId', 'amountYuan'] as const;

/** Add a 政府采购 entry: 类别, 名称, optional 项目, 金额（元）. */
export function ProcurementForm({ unitId, year, projects }: { unitId: string; year: number; projects: { value: string; label: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<ProcurementInput, unknown, ProcurementOutput>({
    resolver: zodResolver(createProcurementSchema),
    defaultValues: { unitId, year, category: 'GOODS', itemName: '', projectId: null, amountYuan: '' },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await createProcurementAction(values);
    if (result.ok) {
      reset();
      setMessage({ ok: true, text: `已新增：${result.data.itemName}` });
      router.refresh();
      return;
    }
    const field = FIELDS.find((f) => f === result.field);
    if (field) setError(field, { message: result.error });
    else setMessage({ ok: false, text: result.error });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="新增政府采购" style={{ display: 'grid', gap: 12 }}>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr 2fr 1fr', gap: 12, alignItems: 'start' }}>
        <Field label="采购类别" error={errors.category?.message}>
          <Select options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))} {...register('category')} />
        </Field>
        <Field label="采购项目名称" error={errors.itemName?.message}>
          <Input autoComplete="off" invalid={Boolean(errors.itemName)} {...register('itemName')} />
        </Field>
        <Field label="所属项目（可不选）" error={errors.projectId?.message}>
          <Select placeholder="（无）" options={projects} {...register('projectId', { setValueAs: blankToNull })} />
        </Field>
        <Field label="金额（元）" error={errors.amountYuan?.message} hint="最多两位小数">
          <Input inputMode="decimal" autoComplete="off" invalid={Boolean(errors.amountYuan)} {...register('amountYuan')} />
        </Field>
      </div>
      {message && <Notice tone={message.ok ? 'success' : 'danger'}>{message.text}</Notice>}
      <div>
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? '正在保存…' : '新增采购'}
        </Button>
      </div>
    </form>
  );
}
