/**
 * The county (County, docs/scaling.md §3) of a new department: the administrator's, or without an
 * actor the only county. Kept apart from the operations so the import command can use it without
 * the session machinery.
 */
import type { Db } from '@/lib/db/client';
import { countyForNew } from '@/lib/db/organisation-repository';
import { invalidInput } from '@/lib/errors';

/** The county a new department goes in; 400 when the database cannot tell (several counties, or none). */
export async function newDepartmentCounty(db: Db, actorId: string | null): Promise<string> {
  const countyId = await countyForNew(db, actorId);
  if (countyId === null) throw invalidInput(null, '无法确定新部门所属的县：系统中有多个县（或尚未设置县），请由所属县的系统管理员新建');
  return countyId;
}
