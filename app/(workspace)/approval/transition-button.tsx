'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { transitionDepartmentAction, transitionUnitAction } from '@/lib/actions/workflow';

type Target = { kind: 'unit'; unitId: string; year: number } | { kind: 'department'; departmentId: string; year: number };

/** One workflow button; 退回 and 撤销批复 ask for the reason first. */
export function TransitionButton({ target, action, label }: { target: Target; action: 'submit' | 'approve' | 'accept' | 'return' | 'reopen'; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () => {
    let reason: string | null = null;
    if (action === 'return' || action === 'reopen') {
      reason = window.prompt(action === 'return' ? '请填写退回原因' : '请填写撤销批复原因（原公开快照保留，再次批复时生成新版本）');
      if (reason === null) return;
    }
    startTransition(async () => {
      const result =
        target.kind === 'unit'
          ? await transitionUnitAction({ unitId: target.unitId, year: target.year, action, reason })
          : await transitionDepartmentAction({ departmentId: target.departmentId, year: target.year, action, reason });
      setError(result.ok ? null : result.error);
      if (result.ok) router.refresh();
    });
  };

  return (
    <span>
      <button type="button" onClick={run} disabled={pending}>
        {label}
      </button>
      {error && <small role="alert" style={{ color: 'var(--accent)', marginLeft: 8 }}>{error}</small>}
    </span>
  );
}
