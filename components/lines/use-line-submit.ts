'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { createLineAction, deleteLineAction, updateLineAction } from '@/lib/actions/lines';
import type { createLineSchema } from '@/lib/schemas/line';

export type LineOutput = z.output<typeof createLineSchema>;

type ActionOutcome = { ok: true } | { ok: false; error: string; field?: string | null; status: number };

export interface EditedLine {
  id: string;
  version: number;
}

export interface SubmitProblem {
  message: string;
  /** The form field the server named, if any. */
  field: string | null;
  /** 409: someone else changed or deleted the line first. */
  conflict: boolean;
}

/**
 * Sends the line form through the server actions (the guard, the shared schema and the
 * service run there); an update carries the version the form was loaded with.
 */
export function useLineSubmit(line: EditedLine | undefined, listHref: string) {
  const router = useRouter();
  const [problem, setProblem] = useState<SubmitProblem | null>(null);

  const settle = (result: ActionOutcome) => {
    if (result.ok) {
      setProblem(null);
      router.push(listHref);
      router.refresh();
      return true;
    }
    setProblem({ message: result.error, field: result.field ?? null, conflict: result.status === 409 });
    return false;
  };

  /** A call that did not reach the server (network, a redeployed app) is a refusal too, not a silent hang. */
  const call = async (send: () => Promise<ActionOutcome>) => {
    const result = await send().catch((): ActionOutcome => ({ ok: false, error: '保存失败：无法连接服务器，请刷新页面后重试', field: null, status: 0 }));
    return settle(result);
  };

  const save = ({ unitId, year, ...fields }: LineOutput) =>
    call(() => (line ? updateLineAction({ id: line.id, version: line.version, ...fields }) : createLineAction({ unitId, year, ...fields })));

  const remove = async () => (line ? call(() => deleteLineAction({ id: line.id, version: line.version })) : false);

  return { save, remove, problem, clearProblem: () => setProblem(null) };
}
