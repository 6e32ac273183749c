import { route } from '@/lib/http/route';
import { putChangeReason } from '@/lib/services/change-reasons';

/** PUT /api/change-reasons `{ year, subject: "functional:2010301" | "threePublic:reception" …, text, version? }`: the leader's 增减变动原因 ("" removes it). */
export const PUT = route(putChangeReason);
