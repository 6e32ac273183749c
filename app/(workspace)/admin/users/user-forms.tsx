'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { createUserAction, updateUserAction } from '@/lib/actions/users';
import { PASSWORD_HINT } from '@/lib/auth/password-policy';
import { ROLES, ROLE_LABEL } from '@/lib/auth/roles';
import { createUserSchema } from '@/lib/schemas/user';

export interface DepartmentOption {
  id: string;
  code: string;
  name: string;
  units: { id: string; code: string; name: string }[];
}

type CreateUserForm = z.input<typeof createUserSchema>;

export function CreateUserForm({ departments }: { departments: DepartmentOption[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, control, formState, reset } = useForm<CreateUserForm, unknown, z.output<typeof createUserSchema>>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { username: '', displayName: '', role: 'UNIT_ACCOUNTANT', departmentId: null, unitIds: [], password: '' },
  });
  const departmentId = useWatch({ control, name: 'departmentId' });
  const units = departments.find((d) => d.id === departmentId)?.units ?? [];
  const firstError = Object.values(formState.errors)[0]?.message;

  const onSubmit = handleSubmit(async (values) => {
    const result = await createUserAction(values);
    setMessage(result.ok ? `已创建用户 ${result.data.username}` : result.error);
    if (result.ok) {
      reset();
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'end' }}>
      <label>用户名 <input {...register('username')} /></label>
      <label>姓名 <input {...register('displayName')} /></label>
      <label>
        角色{' '}
        <select {...register('role')}>
          {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABEL[r]}</option>)}
        </select>
      </label>
      <label>
        所属部门{' '}
        <select {...register('departmentId', { setValueAs: (v: string) => v || null })}>
          <option value="">（无）</option>
          {departments.map((d) => <option key={d.id} value={d.id}>{d.code} {d.name}</option>)}
        </select>
      </label>
      <label>
        负责单位{' '}
        <select multiple {...register('unitIds')}>
          {units.map((u) => <option key={u.id} value={u.id}>{u.code} {u.name}</option>)}
        </select>
      </label>
      <label>初始密码 <input type="password" autoComplete="new-password" {...register('password')} /></label>
      <button type="submit" disabled={formState.isSubmitting}>新建用户</button>
      {(firstError || message) && <p role="alert" style={{ width: '100%', margin: 0 }}>{firstError ?? message}</p>}
    </form>
  );
}

/** 停用/启用 and 重置密码 for one user. */
export function UserRowActions({ userId, active }: { userId: string; active: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const update = (patch: Record<string, unknown>) =>
    startTransition(async () => {
      const result = await updateUserAction({ id: userId, ...patch });
      setError(result.ok ? null : result.error);
      if (result.ok) router.refresh();
    });
  const resetPassword = () => {
    const password = window.prompt(`请输入新的初始密码（${PASSWORD_HINT}，不含用户名）`);
    if (password) update({ resetPassword: password });
  };
  return (
    <span>
      <button type="button" disabled={pending} onClick={() => update({ active: !active })}>{active ? '停用' : '启用'}</button>{' '}
      <button type="button" disabled={pending} onClick={resetPassword}>重置密码</button>
      {error && <small role="alert" style={{ color: 'var(--accent)', marginLeft: 8 }}>{error}</small>}
    </span>
  );
}
