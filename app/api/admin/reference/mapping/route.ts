import { withGuard } from '@/lib/auth/with-guard';
import { deleteMappingSchema, mappingQuery, upsertMappingSchema } from '@/lib/schemas/reference';
import { readMappings } from '@/lib/services/read/reference';
import { deleteMapping, upsertMapping } from '@/lib/services/reference';

/** GET /api/admin/reference/mapping?year=2023: the 部门经济 → 政府经济 对照表 of the year. */
export const GET = withGuard({ action: 'reference.manage', input: mappingQuery }, async ({ input: { year }, actor, scope }) => ({
  year,
  rows: await readMappings({ actor, scope }, year),
}));

/** PUT { year, deptEconCode, category, govEconCode }: sets one row (created or replaced). */
export const PUT = withGuard({ action: 'reference.manage', input: upsertMappingSchema }, ({ input, actor, scope }) => upsertMapping({ actor, scope }, input));

/** DELETE { year, deptEconCode, category }: removes a row no line still depends on. */
export const DELETE = withGuard({ action: 'reference.manage', input: deleteMappingSchema }, ({ input, actor, scope }) => deleteMapping({ actor, scope }, input));
