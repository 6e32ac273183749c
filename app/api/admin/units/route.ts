import { route } from '@/lib/http/route';
import { createUnit, listUnits } from '@/lib/services/units';

/** GET /api/admin/units[?department=045&includeInactive=true]: units (系统管理员). */
export const GET = route(listUnits);
/** POST /api/admin/units `{ departmentCode, code, name, type }`: 201; a duplicate code → 409. */
export const POST = route(createUnit, { status: 201 });
