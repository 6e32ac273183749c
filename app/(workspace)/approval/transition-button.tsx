'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { transitionDepartmentAction, transitionUnitAction } from '@/lib/actions/workflow';

type Target = { kind: 'unit'; unitId: string; year: number } | { kind: 'department'; departmentId: string; year: number };

/** One workflow button; 退回 asks for the reason first. */
export function TransitionButton({ target, action, label }: { target: Target; action: 'submit' | 'approve' | 'accept' | 'return'; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () => {
    let reason: string | null = null;
    if (action === 'return') {
      reason = window.prompt('请填写退回原因');
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
