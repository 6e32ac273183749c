import { withGuard } from '@/lib/auth/with-guard';
import { deleteLineSchema, updateLineSchema } from '@/lib/schemas/line';
import { deleteLine, updateLine } from '@/lib/services/lines';

type Params = { id: string };

/** PATCH /api/lines/[id]: changed fields + the `version` the user saw; a stale version → 409. */
export const PATCH = withGuard<Params, typeof updateLineSchema>({ action: 'line.edit', input: updateLineSchema }, ({ params, input, actor, scope }) =>
  updateLine({ actor, scope }, params.id, input),
);

/** DELETE /api/lines/[id] with body `{ "version": n }`. */
export const DELETE = withGuard<Params, typeof deleteLineSchema>({ action: 'line.edit', input: deleteLineSchema }, ({ params, input, actor, scope }) =>
  deleteLine({ actor, scope }, params.id, input),
);
