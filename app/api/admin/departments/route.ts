import { route } from '@/lib/http/route';
import { createDepartment, listDepartments } from '@/lib/services/departments';

/** GET /api/admin/departments[?includeInactive=true]: the county's departments (系统管理员). */
export const GET = route(listDepartments);
/** POST /api/admin/departments `{ code, name, region }`: 201; a duplicate code → 409. */
export const POST = route(createDepartment, { status: 201 });
