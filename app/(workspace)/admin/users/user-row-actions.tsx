'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field, Input } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { updateUserAction } from '@/lib/actions/users';

interface Props {
  user: { id: string; username: string; displayName: string; active: boolean };
}

/** 停用/启用 and 重置密码 of one user, each confirmed in the app's dialog. */
export function UserRowActions({ user }: Props) {
  const router = useRouter();
  const [dialog, setDialog] = useState<'active' | 'password' | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const who = `${user.displayName}（${user.username}）`;

  const open = (which: 'active' | 'password') => {
    setError(null);
    setPassword('');
    setDialog(which);
  };
  const update = (patch: { active: boolean } | { resetPassword: string }) =>
    startTransition(async () => {
      const result = await updateUserAction({ id: user.id, ...patch });
      setError(result.ok ? null : result.error);
      if (result.ok) {
        setDialog(null);
        router.refresh();
      }
    });
  const submitPassword = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    update({ resetPassword: password });
  };

  return (
    <>
      <Button size="small" variant={user.active ? 'danger' : 'default'} onClick={() => open('active')}>
        {user.active ? '停用' : '启用'}
      </Button>
      <Button size="small" onClick={() => open('password')}>
        重置密码
      </Button>
      <Dialog open={dialog === 'active'} title={`${user.active ? '停用' : '启用'}用户：${who}`} onClose={() => setDialog(null)}>
        <p style={{ marginTop: 0 }}>{user.active ? '停用后该用户不能再登录，已有的数据和审计记录保留；可随时重新启用。' : '启用后该用户可以重新登录。'}</p>
        {error && <Notice tone="danger">{error}</Notice>}
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <Button onClick={() => setDialog(null)}>取消</Button>
          <Button variant={user.active ? 'danger' : 'primary'} disabled={pending} onClick={() => update({ active: !user.active })}>
            确认{user.active ? '停用' : '启用'}
          </Button>
        </div>
      </Dialog>
      <Dialog open={dialog === 'password'} title={`重置密码：${who}`} onClose={() => setDialog(null)}>
        <form onSubmit={submitPassword} noValidate style={{ display: 'grid', gap: 12 }}>
          <p style={{ margin: 0 }}>设置新的初始密码并告知用户：重置同时解除登录锁定，用户下次登录须先修改密码。</p>
          <Field label="新的初始密码（至少8位，含字母和数字）" error={error ?? undefined}>
            <Input type="password" name="resetPassword" autoComplete="new-password" value={password} invalid={Boolean(error)} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
            <Button onClick={() => setDialog(null)}>取消</Button>
            <Button type="submit" variant="primary" disabled={pending || password === ''}>
              确认重置
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
