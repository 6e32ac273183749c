import type { Action } from '@/lib/auth/permissions';
import { withGuard } from '@/lib/auth/with-guard';
import type { UnitAction } from '@/lib/budget/workflow';
import { unitTransitionSchema } from '@/lib/schemas/submission';
import { transitionUnitSubmission } from '@/lib/services/submissions';

const PERMISSION: Record<UnitAction, Action> = { submit: 'unit.submit', approve: 'unit.approve', return: 'unit.return' };

/** POST /api/submissions/unit { action: submit|approve|return, unitId, year, reason }. */
export const POST = withGuard({ action: (input) => PERMISSION[input.action], input: unitTransitionSchema }, ({ input, actor, scope }) =>
  transitionUnitSubmission({ actor, scope }, input),
);
