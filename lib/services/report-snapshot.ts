/**
 * The published snapshot read back: PublishedReport.content is the rendered report as it was
 * accepted (JSON in the database). It is checked against the current rendered shape before it is
 * served; a snapshot written before the shape last grew (e.g. before it carried its rounding
 * notes) does not parse, and the pipeline renders the — immutable, accepted — data live instead.
 */
import { z } from 'zod';
import type { RenderedReport } from '@/lib/budget/report-wire';

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

/** The snapshot as a rendered report, or null when it does not have the current shape. */
export function parseSnapshot(content: unknown): RenderedReport | null {
  const parsed = renderedReport.safeParse(content);
  return parsed.success ? parsed.data : null;
}
