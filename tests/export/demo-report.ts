/**
 * The demo department 045 / 2023 (柳林县行政审批服务管理局) rendered without a database: the seed's
 * budget and free-text sections through deriveReport → renderReport, as the app renders them.
 */
import { deriveReport, renderReport, type RenderedReport } from '@/lib/budget/report';
import type { AmountUnit } from '@/lib/budget/types';
import { reference2023 } from '@/prisma/seed/reference';
import { liulin2023Budget, liulin2023NarrativeSections } from '@/prisma/seed/demo/liulin-2023';

export function demoReport(unit: AmountUnit = '万元'): RenderedReport {
  const narrativeSections = [...liulin2023NarrativeSections].sort((a, b) => a.sortOrder - b.sortOrder).map(({ key, title, body }) => ({ key, title, body }));
  return renderReport(deriveReport({ ...liulin2023Budget(reference2023), narrativeSections }), unit);
}

/** Internal check ids as the reconciliation names them ("E2:表1:1:12:列合计", "E12:p-…"). */
export const CHECK_ID = /\bE\d{1,2}:/;
