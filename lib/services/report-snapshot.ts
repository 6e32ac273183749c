/**
 * The published snapshot's shapes (docs/domain.md §9.1):
 *   - v2 (since issue 8): PublishedReport.content is a JSON *string* (a jsonb string scalar) holding
 *     `{ format: 'published-report/2', reports: { 万元, 元 }, budget }` — the rendered report in both
 *     amount units and the DepartmentBudget as derived at acceptance (lines, projects, 上年数 and the
 *     reference data with the code names it was published with; lib/budget/budget-wire.ts). The sha256
 *     is over exactly these stored characters (UTF-8), so nothing is re-serialised to check it.
 *   - v1 (before): content is the rendered 万元 report as a JSON object, hashed as canonical JSON.
 *     Its 元 view and its budget are read live: the data of an accepted year is frozen by the
 *     database (inv_freeze_accepted), but a later rename of a reference code would show there.
 * The reports are checked against the current rendered shape before they are served; a v1 snapshot
 * written before the shape last grew (e.g. before it carried its rounding notes) does not parse,
 * and the pipeline renders the — immutable, accepted — data live instead.
 */
import { z } from 'zod';
import { budgetFromWire, type WireBudget } from '@/lib/budget/budget-wire';
import type { RenderedReport } from '@/lib/budget/report-wire';
import type { AmountUnit, DepartmentBudget } from '@/lib/budget/types';
import { canonicalJson } from './snapshot-hash';

const amount = z.string().nullable();
const level = z.enum(['类', '款', '项', '单位', '项目']);

const row = z.object({
  code: z.string().nullable(),
  name: z.string(),
  govCode: z.string().optional(),
  govName: z.string().optional(),
  level: level.optional(),
  values: z.array(amount),
});

const table = z.object({
  number: z.number().int(),
  title: z.string(),
  empty: z.boolean(),
  sections: z.array(z.object({ name: z.enum(['收入', '支出']).nullable(), columns: z.array(z.string()), rows: z.array(row) })),
});

const funds = z.object({
  total: z.string(),
  central: z.string(),
  provincial: z.string(),
  cityCounty: z.string(),
  selfRaised: z.string(),
  other: z.string().nullable(),
});

const form = z.object({
  projectName: z.string(),
  department: z.string(),
  unit: z.string(),
  attribute: z.string(),
  period: z.string(),
  funds: z.object({ period: funds, annual: funds }),
  overview: z.string(),
  basis: z.string(),
  necessity: z.string(),
  safeguards: z.string(),
  plan: z.string(),
  goalPeriod: z.string(),
  goalAnnual: z.string(),
  indicators: z.array(z.object({ scope: z.enum(['PERIOD', 'ANNUAL']), level1: z.string(), level2: z.string(), name: z.string(), value: z.string() })),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  filledAt: z.string().nullable(),
});

const renderedReport = z.object({
  department: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  amountUnit: z.enum(['万元', '元']),
  tables: z.array(table),
  narrative: z.object({
    sentences: z.array(z.string()),
    titles: z.array(z.string()).optional(),
    figures: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])),
  }),
  reconciliation: z.array(
    z.object({ id: z.string(), equation: z.string(), left: z.string(), right: z.string(), ok: z.boolean(), parts: z.array(z.string()).optional() }),
  ),
  roundingNotes: z.array(
    z.object({
      number: z.number().int(),
      id: z.string(),
      equation: z.string(),
      cell: z.object({ table: z.number().int(), section: z.number().int(), row: z.number().int(), col: z.number().int() }),
      displayedTotal: z.string(),
      displayedSum: z.string(),
      gap: z.string(),
      explainedByRounding: z.boolean(),
      explanation: z.string(),
    }),
  ),
  performanceForms: z.array(form),
  // The department's free-text sections (概况, 名词解释 …); absent in snapshots published before they travelled with the report.
  texts: z.array(z.object({ key: z.string(), title: z.string(), body: z.string() })).optional(),
});

/** A v1 snapshot (or one report of a v2) as a rendered report, or null when it does not have the current shape. */
export function parseSnapshot(content: unknown): RenderedReport | null {
  const parsed = renderedReport.safeParse(content);
  return parsed.success ? parsed.data : null;
}

export const SNAPSHOT_FORMAT = 'published-report/2';

/** The stored v2 content: canonical JSON of both renderings and the budget they were derived from. */
export function encodeSnapshot(reports: Record<AmountUnit, RenderedReport>, budget: WireBudget): string {
  return canonicalJson({ format: SNAPSHOT_FORMAT, reports, budget });
}

export type DecodedSnapshot =
  | { format: 1; reports: { 万元: RenderedReport; 元?: undefined }; budget: null }
  | { format: 2; reports: Record<AmountUnit, RenderedReport>; budget: DepartmentBudget };

const envelope = z.object({ format: z.literal(SNAPSHOT_FORMAT), reports: z.object({ 万元: z.unknown(), 元: z.unknown() }), budget: z.looseObject({ lines: z.array(z.unknown()) }) });

function parseEnvelope(content: string): z.infer<typeof envelope> | null {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return null;
  }
  const parsed = envelope.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * One rendering of the snapshot's (already hash-checked) content, or null when the snapshot does
 * not hold it (a v1 one has no 元) or has neither shape: what a report read needs, without the budget.
 */
export function decodeSnapshotReport(content: unknown, unit: AmountUnit): RenderedReport | null {
  if (typeof content !== 'string') return unit === '万元' ? parseSnapshot(content) : null;
  const data = parseEnvelope(content);
  return data && parseSnapshot(data.reports[unit]);
}

/**
 * The snapshot's (already hash-checked) content read back, or null when it has neither shape.
 * The v2 budget is taken as written: its hash matched, and only freezeReport writes one.
 */
export function decodeSnapshot(content: unknown): DecodedSnapshot | null {
  if (typeof content !== 'string') {
    const report = parseSnapshot(content);
    return report && { format: 1, reports: { 万元: report }, budget: null };
  }
  const data = parseEnvelope(content);
  if (!data) return null;
  const wan = parseSnapshot(data.reports['万元']);
  const yuan = parseSnapshot(data.reports['元']);
  if (!wan || !yuan) return null;
  return { format: 2, reports: { 万元: wan, 元: yuan }, budget: budgetFromWire(data.budget as unknown as WireBudget) };
}
