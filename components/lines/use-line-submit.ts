'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { createLineAction, deleteLineAction, updateLineAction } from '@/lib/actions/lines';
import type { createLineSchema } from '@/lib/schemas/line';

export type LineOutput = z.output<typeof createLineSchema>;

export interface EditedLine {
  id: string;
  version: number;
}

export interface SubmitProblem {
  message: string;
  /** The form field the server named (without the action's `patch.` prefix), if any. */
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

  const settle = (result: { ok: true } | { ok: false; error: string; field?: string | null; status: number }) => {
    if (result.ok) {
      setProblem(null);
      router.push(listHref);
      router.refresh();
      return true;
    }
    setProblem({ message: result.error, field: result.field?.replace(/^patch\./, '') ?? null, conflict: result.status === 409 });
    return false;
  };

  const save = async ({ unitId: _unit, year: _year, ...fields }: LineOutput) => {
    const result = line
      ? await updateLineAction({ id: line.id, patch: { version: line.version, ...fields } })
      : await createLineAction({ unitId: _unit, year: _year, ...fields });
    return settle(result);
  };

  const remove = async () => {
    if (!line) return false;
    return settle(await deleteLineAction({ id: line.id, patch: { version: line.version } }));
  };

  return { save, remove, problem, clearProblem: () => setProblem(null), reload: () => router.refresh() };
}
