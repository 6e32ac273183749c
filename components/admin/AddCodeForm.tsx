'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { CODE_KIND_LABEL, CODE_LEVELS, createCodeSchema, type CodeKind } from '@/lib/schemas/reference';
import { sendJson } from './api';

type Form = z.input<typeof createCodeSchema>;

/** 新增科目: the code's prefix names its parent, which must already exist (the server checks). */
export function AddCodeForm({ year, kind, disabled }: { year: number; kind: CodeKind; disabled?: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<Form, unknown, z.output<typeof createCodeSchema>>({
    resolver: zodResolver(createCodeSchema),
    defaultValues: { year, kind, code: '', name: '' },
  });
  const levels = CODE_LEVELS[kind].map((l) => `${l.label}${l.length}位`).join('、');

  const onSubmit = handleSubmit(async (values) => {
    const result = await sendJson('POST', '/api/admin/reference/codes', values);
    if (!result.ok) {
      if (result.field === 'code' || result.field === 'name') setError(result.field, { message: result.error });
      else setMessage({ tone: 'error', text: result.error });
      return;
    }
    setMessage({ tone: 'ok', text: `已新增${CODE_KIND_LABEL[kind]}科目 ${values.code} ${values.name}` });
    reset({ year, kind, code: '', name: '' });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`新增${CODE_KIND_LABEL[kind]}科目`} style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
      <Field label="科目编码" hint={levels} error={formState.errors.code?.message}>
        <Input {...register('code')} inputMode="numeric" invalid={Boolean(formState.errors.code)} disabled={disabled} />
      </Field>
      <Field label="科目名称" error={formState.errors.name?.message}>
        <Input {...register('name')} invalid={Boolean(formState.errors.name)} disabled={disabled} />
      </Field>
      <Button type="submit" variant="primary" disabled={disabled || formState.isSubmitting}>
        新增科目
      </Button>
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} style={{ width: '100%', margin: 0 }}>
          {message.text}
        </p>
      )}
    </form>
  );
}
