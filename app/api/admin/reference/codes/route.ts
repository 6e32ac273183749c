import { withGuard } from '@/lib/auth/with-guard';
import { createCodeSchema, listCodesQuery } from '@/lib/schemas/reference';
import { readCodes } from '@/lib/services/read/reference';
import { createCode } from '@/lib/services/reference';

/** GET /api/admin/reference/codes?year=2023&kind=functional|deptEcon|govEcon: the year's codes of that kind. */
export const GET = withGuard({ action: 'reference.manage', input: listCodesQuery }, async ({ input: { year, kind }, actor, scope }) => ({
  year,
  kind,
  codes: await readCodes({ actor, scope }, year, kind),
}));

/** POST /api/admin/reference/codes { year, kind, code, name }: a new 类/款/项 under its existing parent. */
export const POST = withGuard({ action: 'reference.manage', input: createCodeSchema }, async ({ input, actor, scope }) =>
  Response.json(await createCode({ actor, scope }, input), { status: 201 }),
);
