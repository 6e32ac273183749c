'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
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

  const submit = () => {
    if (!window.confirm(`提交后“${unitName}”${year}年度预算将不能修改，确认提交审核？`)) return;
    startTransition(async () => {
      const result = await transitionUnitAction({ action: 'submit', unitId, year });
      setError(result.ok ? null : result.error);
      if (result.ok) router.refresh();
    });
  };

  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <Button variant="primary" onClick={submit} disabled={pending}>
        {pending ? '正在提交…' : '提交审核'}
      </Button>
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
