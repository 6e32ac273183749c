import { route } from '@/lib/http/route';
import { copyYearBudget } from '@/lib/services/copy-year';

/** POST /api/copy-year `{ toYear, unitId | departmentCode, amounts: KEEP|ZERO, replace? }`: 复制上年预算. */
export const POST = route(copyYearBudget);
