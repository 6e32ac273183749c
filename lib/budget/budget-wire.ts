/**
 * A DepartmentBudget as plain JSON, for the 公开快照 (docs/domain.md §9.1): every amount a
 * fixed-point string in 元 ("1234.50", never a JS number), everything else as it is — the lines,
 * the projects with their 绩效目标, the 政府采购, the 上年数 and the year's reference data with the
 * code NAMES as they were when the report was accepted. `budgetFromWire(budgetToWire(b))` derives
 * exactly the report `b` derives, so a reader of the snapshot (the drill-down, the 元 view) needs
 * nothing live.
 */
import type Decimal from 'decimal.js';
import { Dec } from './decimal';
import type { BudgetLine, DepartmentBudget, FundBreakdown, PerformanceForm, PriorYearFigures, ProcurementEntry, Project } from './types';

type Amount = string;
type Wired<T, K extends keyof T, V> = Omit<T, K> & Record<K, V>;

export type WireFunds = { [K in keyof FundBreakdown]: FundBreakdown[K] extends Decimal ? Amount : Amount | null };
export type WireForm = Wired<PerformanceForm, 'funds', { period: WireFunds; annual: WireFunds }>;
export type WireLine = Wired<BudgetLine, 'amountYuan', Amount>;
export type WireProject = Wired<Project, 'performanceForm', WireForm | null>;
export type WireProcurement = Wired<ProcurementEntry, 'amountYuan', Amount>;
export interface WirePriorYear {
  totalIncome: Amount | null;
  totalExpenditure: Amount | null;
  generalPublicCurrent: Amount | null;
  threePublic: { abroad: Amount | null; reception: Amount | null; vehiclePurchase: Amount | null; vehicleOperation: Amount | null };
  organOperating: Amount | null;
}

export type WireBudget = Omit<DepartmentBudget, 'lines' | 'projects' | 'procurement' | 'priorYear' | 'priorFunctional'> & {
  lines: WireLine[];
  priorFunctional?: Readonly<Record<string, Amount>> | null;
  projects: WireProject[];
  procurement: WireProcurement[];
  priorYear: WirePriorYear;
};

/** Exact text: toFixed() without digits never switches to exponent notation. */
const text = (d: Decimal): Amount => d.toFixed();
const textOrNull = (d: Decimal | null): Amount | null => (d === null ? null : text(d));
const dec = (s: Amount): Decimal => new Dec(s);
const decOrNull = (s: Amount | null): Decimal | null => (s === null ? null : dec(s));
const mapValues = <A, B>(record: Readonly<Record<string, A>> | null | undefined, f: (a: A) => B): Record<string, B> | null | undefined =>
  record && Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

function fundsToWire(f: FundBreakdown): WireFunds {
  return { total: text(f.total), central: text(f.central), provincial: text(f.provincial), cityCounty: text(f.cityCounty), selfRaised: text(f.selfRaised), other: textOrNull(f.other) };
}
function fundsFromWire(f: WireFunds): FundBreakdown {
  return { total: dec(f.total), central: dec(f.central), provincial: dec(f.provincial), cityCounty: dec(f.cityCounty), selfRaised: dec(f.selfRaised), other: decOrNull(f.other) };
}

function priorToWire(p: PriorYearFigures): WirePriorYear {
  const t = p.threePublic;
  return {
    totalIncome: textOrNull(p.totalIncome),
    totalExpenditure: textOrNull(p.totalExpenditure),
    generalPublicCurrent: textOrNull(p.generalPublicCurrent),
    threePublic: { abroad: textOrNull(t.abroad), reception: textOrNull(t.reception), vehiclePurchase: textOrNull(t.vehiclePurchase), vehicleOperation: textOrNull(t.vehicleOperation) },
    organOperating: textOrNull(p.organOperating),
  };
}
function priorFromWire(p: WirePriorYear): PriorYearFigures {
  const t = p.threePublic;
  return {
    totalIncome: decOrNull(p.totalIncome),
    totalExpenditure: decOrNull(p.totalExpenditure),
    generalPublicCurrent: decOrNull(p.generalPublicCurrent),
    threePublic: { abroad: decOrNull(t.abroad), reception: decOrNull(t.reception), vehiclePurchase: decOrNull(t.vehiclePurchase), vehicleOperation: decOrNull(t.vehicleOperation) },
    organOperating: decOrNull(p.organOperating),
  };
}

export function budgetToWire(b: DepartmentBudget): WireBudget {
  return {
    ...b,
    lines: b.lines.map((l) => ({ ...l, amountYuan: text(l.amountYuan) })),
    projects: b.projects.map((p) => ({
      ...p,
      performanceForm: p.performanceForm && { ...p.performanceForm, funds: { period: fundsToWire(p.performanceForm.funds.period), annual: fundsToWire(p.performanceForm.funds.annual) } },
    })),
    procurement: b.procurement.map((e) => ({ ...e, amountYuan: text(e.amountYuan) })),
    priorYear: priorToWire(b.priorYear),
    priorFunctional: mapValues(b.priorFunctional, text),
  };
}

export function budgetFromWire(w: WireBudget): DepartmentBudget {
  return {
    ...w,
    lines: w.lines.map((l) => ({ ...l, amountYuan: dec(l.amountYuan) })),
    projects: w.projects.map((p) => ({
      ...p,
      performanceForm: p.performanceForm && { ...p.performanceForm, funds: { period: fundsFromWire(p.performanceForm.funds.period), annual: fundsFromWire(p.performanceForm.funds.annual) } },
    })),
    procurement: w.procurement.map((e) => ({ ...e, amountYuan: dec(e.amountYuan) })),
    priorYear: priorFromWire(w.priorYear),
    priorFunctional: mapValues(w.priorFunctional, dec),
  };
}
