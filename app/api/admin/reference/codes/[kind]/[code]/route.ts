import { withGuard } from '@/lib/auth/with-guard';
import { deleteCodeSchema, renameCodeSchema } from '@/lib/schemas/reference';
import { deleteCode, renameCode } from '@/lib/services/reference';

type Params = { kind: string; code: string };

/** PATCH /api/admin/reference/codes/[kind]/[code] { year, name }: renames the code (the code itself never changes). */
export const PATCH = withGuard<Params, typeof renameCodeSchema>({ action: 'reference.manage', input: renameCodeSchema }, ({ params, input, actor, scope }) =>
  renameCode({ actor, scope }, params, input),
);

/** DELETE /api/admin/reference/codes/[kind]/[code] { year }: only when no child, line or 对照表 row uses it (409 otherwise). */
export const DELETE = withGuard<Params, typeof deleteCodeSchema>({ action: 'reference.manage', input: deleteCodeSchema }, ({ params, input, actor, scope }) =>
  deleteCode({ actor, scope }, params, input),
);
