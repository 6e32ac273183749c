'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { transitionUnitAction } from '@/lib/actions/workflow';

interface Props {
  unitId: string;
  year: number;
  unitName: string;
  /** Open 审核问题 that stop 提交 (the server decides; this only tells the user before they try). */
  blocking?: { fatal: number; unacknowledged: number };
}

/** 提交审核: the accountant hands the unit's budget to the department leader (草稿/已退回 → 已提交). */
export function SubmitUnitButton({ unitId, year, unitName, blocking = { fatal: 0, unacknowledged: 0 } }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);

  // The refusal (致命问题, 未确认的警告 …) is shown beside the button once the dialog has closed.
  const submit = () =>
    startTransition(async () => {
      const result = await transitionUnitAction({ action: 'submit', unitId, year });
      setOpen(false);
      setError(result.ok ? null : result.error);
      if (result.ok) router.refresh();
    });

  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <Button variant="primary" onClick={() => setOpen(true)} disabled={pending}>
        {pending ? '正在提交…' : '提交审核'}
      </Button>
      <Dialog open={open} title={`提交审核：${unitName}`} onClose={() => setOpen(false)}>
        <p style={{ marginTop: 0 }}>提交后“{unitName}”{year}年度预算交部门领导审核，在审核通过或退回之前不能再修改。</p>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <Button onClick={() => setOpen(false)} disabled={pending}>
            取消
          </Button>
          <Button variant="primary" onClick={submit} disabled={pending}>
            {pending ? '正在提交…' : '确认提交'}
          </Button>
        </div>
      </Dialog>
      {!error && (blocking.fatal > 0 || blocking.unacknowledged > 0) && (
        <small data-testid="submit-blocking">
          {blocking.fatal > 0 ? `${blocking.fatal}项致命问题须修正` : ''}
          {blocking.fatal > 0 && blocking.unacknowledged > 0 ? '，' : ''}
          {blocking.unacknowledged > 0 ? `${blocking.unacknowledged}项警告待确认` : ''}
        </small>
      )}
      {error && (
        <small role="alert" style={{ color: 'var(--accent)', whiteSpace: 'pre-line' }}>
          {error}
        </small>
      )}
    </span>
  );
}
