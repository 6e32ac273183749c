'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { createUserAction } from '@/lib/actions/users';
import { ROLES, ROLE_LABEL } from '@/lib/auth/roles';
import { createUserSchema } from '@/lib/schemas/user';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Select } from '@/components/ui/Select';

export interface DepartmentOption {
  id: string;
  code: string;
  name: string;
  units: { id: string; code: string; name: string }[];
}

type CreateUserForm = z.input<typeof createUserSchema>;

export function CreateUserForm({ departments }: { departments: DepartmentOption[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, control, formState, reset } = useForm<CreateUserForm, unknown, z.output<typeof createUserSchema>>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { username: '', displayName: '', role: 'UNIT_ACCOUNTANT', departmentId: null, unitIds: [], password: '' },
  });
  const departmentId = useWatch({ control, name: 'departmentId' });
  const units = departments.find((d) => d.id === departmentId)?.units ?? [];
  const firstError = Object.values(formState.errors)[0]?.message;

  const onSubmit = handleSubmit(async (values) => {
    const result = await createUserAction(values);
    setMessage(result.ok ? { ok: true, text: `已创建用户 ${result.data.username}` } : { ok: false, text: result.error });
    if (result.ok) {
      reset();
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="新建用户" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'end', background: '#fff', border: '1px solid var(--border)', borderRadius: 4, padding: 12 }}>
      <Field label="用户名">
        <Input {...register('username')} />
      </Field>
      <Field label="姓名">
        <Input {...register('displayName')} />
      </Field>
      <Field label="角色">
        <Select {...register('role')} options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))} />
      </Field>
      <Field label="所属部门">
        <Select {...register('departmentId', { setValueAs: (v: string) => v || null })} placeholder="（无）" options={departments.map((d) => ({ value: d.id, label: `${d.code} ${d.name}` }))} />
      </Field>
      <Field label="负责单位（单位财务，可多选）">
        <Select multiple {...register('unitIds')} options={units.map((u) => ({ value: u.id, label: `${u.code} ${u.name}` }))} />
      </Field>
      <Field label="初始密码">
        <Input type="password" autoComplete="new-password" {...register('password')} />
      </Field>
      <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
        新建用户
      </Button>
      {(firstError || message) && (
        <div style={{ width: '100%' }}>
          <Notice tone={firstError || !message?.ok ? 'danger' : 'success'}>{firstError ?? message?.text}</Notice>
        </div>
      )}
    </form>
  );
}
