import { route } from '@/lib/http/route';
import { putPriorYear } from '@/lib/services/prior-year';

/** PUT /api/prior-year `{ year, figures: { totalIncome, …, organOperating }, version? }`: the leader's 上年数 (元). */
export const PUT = route(putPriorYear);
