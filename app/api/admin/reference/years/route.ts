import { withGuard } from '@/lib/auth/with-guard';
import { copyYearSchema } from '@/lib/schemas/reference';
import { copyFiscalYear } from '@/lib/services/reference';

/** POST /api/admin/reference/years { fromYear, toYear }: 创建新年度 with a copy of fromYear's codes and 对照表. */
export const POST = withGuard({ action: 'reference.manage', input: copyYearSchema }, async ({ input, actor, scope }) =>
  Response.json(await copyFiscalYear({ actor, scope }, input), { status: 201 }),
);
