import { withGuard } from '@/lib/auth/with-guard';
import { createProcurementSchema } from '@/lib/schemas/project';
import { createProcurement } from '@/lib/services/projects';

/** POST /api/procurement: a 政府采购 entry (货物/工程/服务) of the accountant's unit. */
export const POST = withGuard({ action: 'procurement.edit', input: createProcurementSchema }, async ({ input, actor, scope }) =>
  Response.json(await createProcurement({ actor, scope }, input), { status: 201 }),
);
