'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field, TextArea } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { transitionDepartmentAction, transitionUnitAction } from '@/lib/actions/workflow';

export type TransitionTarget = { kind: 'unit'; unitId: string; year: number } | { kind: 'department'; departmentId: string; year: number };
export type TransitionAction = 'submit' | 'approve' | 'accept' | 'return' | 'reopen';

interface Props {
  target: TransitionTarget;
  action: TransitionAction;
  label: string;
  /** What the step applies to, e.g. "045 柳林县行政审批服务管理局 2023年度部门预算". */
  subject: string;
  /** What happens, said before the step is taken. */
  consequence: string;
}

/**
 * One workflow step behind a confirmation in the app's dialog: it names the subject and what
 * happens; 退回 and 撤销批复 require the reason, which the returned party then reads.
 */
export function TransitionButton({ target, action, label, subject, consequence }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const needsReason = action === 'return' || action === 'reopen';
  const reasonLabel = action === 'reopen' ? '撤销原因' : '退回原因';

  const confirm = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = reason.trim();
    if (needsReason && text === '') {
      setError(`请填写${reasonLabel}`);
      return;
    }
    startTransition(async () => {
      const payload = { year: target.year, action, reason: needsReason ? text : null };
      const result =
        target.kind === 'unit'
          ? await transitionUnitAction({ unitId: target.unitId, ...payload })
          : await transitionDepartmentAction({ departmentId: target.departmentId, ...payload });
      setError(result.ok ? null : result.error);
      if (result.ok) {
        setOpen(false);
        router.refresh();
      }
    });
  };

  return (
    <>
      <Button size="small" variant={needsReason ? 'danger' : action === 'approve' ? 'default' : 'primary'} onClick={() => { setError(null); setReason(''); setOpen(true); }}>
        {label}
      </Button>
      <Dialog open={open} title={`${label}：${subject}`} onClose={() => setOpen(false)}>
        <form onSubmit={confirm} noValidate style={{ display: 'grid', gap: 12 }}>
          <p style={{ margin: 0 }}>{consequence}</p>
          {needsReason && (
            <Field label={`${reasonLabel}（必填）`} error={error && reason.trim() === '' ? error : undefined}>
              <TextArea name="reason" rows={3} maxLength={500} value={reason} invalid={Boolean(error) && reason.trim() === ''} onChange={(e) => setReason(e.target.value)} />
            </Field>
          )}
          {error && !(needsReason && reason.trim() === '') && <Notice tone="danger">{error}</Notice>}
          <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
            <Button onClick={() => setOpen(false)} disabled={pending}>
              取消
            </Button>
            <Button type="submit" variant={needsReason ? 'danger' : 'primary'} disabled={pending}>
              {pending ? '正在处理…' : `确认${label}`}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
