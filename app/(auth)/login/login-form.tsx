'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInErrorMessage } from '@/lib/auth/messages';
import { signInSchema, type SignInInput } from '@/lib/schemas/auth';

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { username: '', password: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      setError(signInErrorMessage(result?.error ?? 'INVALID') ?? '登录失败，请稍后重试');
      return;
    }
    window.location.assign(safeCallbackPath(callbackUrl));
  });

  return (
    <form onSubmit={onSubmit} noValidate style={{ display: 'grid', gap: 12 }}>
      <label style={{ display: 'grid', gap: 4 }}>
        用户名
        <input {...register('username')} autoComplete="username" autoFocus />
        {formState.errors.username && <small style={{ color: 'var(--accent)' }}>{formState.errors.username.message}</small>}
      </label>
      <label style={{ display: 'grid', gap: 4 }}>
        密码
        <input {...register('password')} type="password" autoComplete="current-password" />
        {formState.errors.password && <small style={{ color: 'var(--accent)' }}>{formState.errors.password.message}</small>}
      </label>
      {error && (
        <p role="alert" style={{ color: 'var(--accent)', margin: 0 }}>
          {error}
        </p>
      )}
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? '正在登录…' : '登录'}
      </button>
    </form>
  );
}
