import { route } from '@/lib/http/route';
import { updateUnit } from '@/lib/services/units';

/** PATCH /api/admin/units/[code] `{ name?, type?, active? }`: rename, change type (no data yet), deactivate, reactivate. */
export const PATCH = route(updateUnit);
