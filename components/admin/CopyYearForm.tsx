'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { copyYearSchema } from '@/lib/schemas/reference';
import { sendJson } from './api';

type Form = z.input<typeof copyYearSchema>;

/** 创建新年度: a new fiscal year with a copy of an existing year's 分类科目 and 对照表. */
export function CopyYearForm({ years }: { years: number[] }) {
  const router = useRouter();
  const latest = years[0] ?? new Date().getFullYear();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState } = useForm<Form, unknown, z.output<typeof copyYearSchema>>({
    resolver: zodResolver(copyYearSchema),
    defaultValues: { fromYear: latest, toYear: latest + 1 },
  });
  const error = formState.errors.toYear?.message ?? formState.errors.fromYear?.message;

  const onSubmit = handleSubmit(async (values) => {
    const result = await sendJson<{ functional: number; deptEcon: number; govEcon: number; mappings: number }>('POST', '/api/admin/reference/years', values);
    if (!result.ok) return setMessage({ ok: false, text: result.error });
    const { functional, deptEcon, govEcon, mappings } = result.data;
    setMessage({ ok: true, text: `已创建${values.toYear}年度：功能分类${functional}个、部门经济分类${deptEcon}个、政府经济分类${govEcon}个科目，对照表${mappings}行` });
    router.push(`/admin/reference?year=${values.toYear}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="创建新年度" style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
      <Field label="复制自">
        <Select {...register('fromYear', { valueAsNumber: true })} options={years.map((y) => ({ value: String(y), label: `${y}年度` }))} />
      </Field>
      <Field label="新年度" error={error}>
        <Input type="number" {...register('toYear', { valueAsNumber: true })} invalid={Boolean(error)} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        创建新年度
      </Button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} style={{ width: '100%', margin: 0 }}>
          {message.text}
        </p>
      )}
    </form>
  );
}
