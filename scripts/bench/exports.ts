/**
 * The demo department 045 / 2023 as the report pipeline renders it (万元), built from the seed's
 * budget and free-text sections (prisma/seed/demo) without a database, for timing the xlsx and
 * PDF exports on their own (lib/export/xlsx.ts, lib/export/pdf.ts).
 */
import { deriveReport, renderReport, type RenderedReport } from '../../lib/budget/report';
import { reference2023 } from '../../prisma/seed/reference';
import { liulin2023Budget, liulin2023NarrativeSections } from '../../prisma/seed/demo/liulin-2023';

export function demoDepartmentReport(): RenderedReport {
  const narrativeSections = [...liulin2023NarrativeSections].sort((a, b) => a.sortOrder - b.sortOrder).map(({ key, title, body }) => ({ key, title, body }));
  return renderReport(deriveReport({ ...liulin2023Budget(reference2023), narrativeSections }), '万元');
}
