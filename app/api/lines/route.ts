import { withGuard } from '@/lib/auth/with-guard';
import { createLineSchema } from '@/lib/schemas/line';
import { createLine } from '@/lib/services/lines';

/** POST /api/lines: a new 预算明细行 (单位财务, own unit, while 草稿/已退回). */
export const POST = withGuard({ action: 'line.edit', input: createLineSchema }, async ({ input, actor, scope }) =>
  Response.json(await createLine({ actor, scope }, input), { status: 201 }),
);
