'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { transitionUnitAction } from '@/lib/actions/workflow';

/** 提交审核: the accountant hands the unit's budget to the department leader (草稿/已退回 → 已提交). */
export function SubmitUnitButton({ unitId, year, unitName }: { unitId: string; year: number; unitName: string }) {
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
      {error && (
        <small role="alert" style={{ color: 'var(--accent)' }}>
          {error}
        </small>
      )}
    </span>
  );
}
