'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { changePasswordAction } from '@/lib/actions/account';
import { PASSWORD_HINT } from '@/lib/auth/password-policy';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/schemas/auth';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';

const FIELDS = [
  { name: 'currentPassword', label: '当前密码', autoComplete: 'current-password' },
  { name: 'newPassword', label: `新密码（${PASSWORD_HINT}，不含用户名）`, autoComplete: 'new-password' },
  { name: 'confirmPassword', label: '再次输入新密码', autoComplete: 'new-password' },
] as const;

export function PasswordForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await changePasswordAction(values);
    if (result.ok) {
      reset();
      setMessage({ ok: true, text: '密码已修改' });
      return;
    }
    const field = FIELDS.find((f) => f.name === result.field);
    if (field) setError(field.name, { message: result.error });
    else setMessage({ ok: false, text: result.error });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="修改密码" style={{ display: 'grid', gap: 12, maxWidth: 360, background: '#fff', border: '1px solid var(--border)', borderRadius: 4, padding: 16 }}>
      {FIELDS.map((f) => (
        <Field key={f.name} label={f.label} error={formState.errors[f.name]?.message}>
          <Input type="password" autoComplete={f.autoComplete} invalid={Boolean(formState.errors[f.name])} {...register(f.name)} />
        </Field>
      ))}
      {message && (
        <Notice tone={message.ok ? 'success' : 'danger'}>
          {message.text}
          {message.ok && (
            <>
              {' '}
              <Link href="/">返回首页</Link>
            </>
          )}
        </Notice>
      )}
      <div>
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          修改密码
        </Button>
      </div>
    </form>
  );
}
