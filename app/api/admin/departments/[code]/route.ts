import { route } from '@/lib/http/route';
import { updateDepartment } from '@/lib/services/departments';

/** PATCH /api/admin/departments/[code] `{ name?, region?, active? }`: rename, deactivate, reactivate. */
export const PATCH = route(updateDepartment);
