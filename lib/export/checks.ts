/**
 * 「勾稽校验报告」: the internal document of the 勾稽 findings the rendered report carries
 * (docs/domain.md §5), for signed-in reviewers only — never part of the public report. Every line
 * reads as a person would write it, both sides with their amounts in 元 and ✓/✗:
 *   表3「2010306 政务公开审批」合计 10301839.63 = 基本支出 6062689.63 + 项目支出 4239150.00 ✓
 * Check ids are not printed. Failures come first; the rest follow grouped by the table they start with.
 */
import Decimal from 'decimal.js';
import { html, raw } from './escape';
import { REPORT_CSS } from './html-style';
import type { RenderedReconciliation, RenderedReport } from '@/lib/budget/report-wire';

const AMOUNT = /^-?\d+(\.\d+)?$/;
const RELATIONS = [' = ', ' ≤ ', ' ⇔ '] as const;

export interface CheckLine {
  ok: boolean;
  /** "表3", "表1", "绩效目标申报表", "政府采购" … (the table or form the equation starts with). */
  group: string;
  text: string;
}

/** "表3 2010306 政务公开审批：合计" → "表3「2010306 政务公开审批」合计"; other prefixes keep their colon. */
function subject(prefix: string, lhs: string): string {
  if (prefix === '') return lhs;
  const m = /^(表\d+) ([^「」]+)$/.exec(prefix);
  return m ? `${m[1]}「${m[2]}」${lhs}` : `${prefix}：${lhs}`;
}

function splitPrefix(equation: string): { prefix: string; rest: string } {
  const colon = equation.indexOf('：');
  const relation = Math.min(...RELATIONS.map((r) => equation.indexOf(r)).filter((i) => i >= 0));
  if (colon >= 0 && colon < relation) return { prefix: equation.slice(0, colon), rest: equation.slice(colon + 1) };
  return { prefix: '', rest: equation };
}

/** The difference of a failed equation, exactly (decimal.js, never floats). */
function difference(f: RenderedReconciliation): string | null {
  if (!AMOUNT.test(f.left) || !AMOUNT.test(f.right)) return null;
  return new Decimal(f.left).minus(new Decimal(f.right)).abs().toFixed(2);
}

/** One finding as a sentence with both sides written out. */
export function checkLine(f: RenderedReconciliation): CheckLine {
  const mark = f.ok ? '✓' : '✗';
  const group = /^(表\d+|绩效目标申报表|政府采购)/.exec(f.equation)?.[1] ?? '其他';
  const { prefix, rest } = splitPrefix(f.equation);
  const relation = RELATIONS.find((r) => rest.includes(r));
  const diff = f.ok ? null : difference(f);
  const tail = `${mark}${diff ? `（相差 ${diff}）` : ''}`;
  if (!relation) return { ok: f.ok, group, text: `${f.equation}：${f.left}；${f.right} ${tail}` };
  const [lhs = '', rhs = ''] = [rest.slice(0, rest.indexOf(relation)), rest.slice(rest.indexOf(relation) + relation.length)];
  const terms = rhs.split(' + ');
  const numeric = AMOUNT.test(f.left) && AMOUNT.test(f.right);
  let right: string;
  if (relation === ' = ' && f.parts && f.parts.length === terms.length && terms.length > 1) {
    right = terms.map((term, i) => `${term} ${f.parts?.[i] ?? ''}`).join(' + ');
  } else if (numeric) {
    right = `${rhs} ${f.right}`;
  } else {
    // Not amounts (表7 为空 ⇔ 无相应预算行): the statement, then what each side was found to be.
    return { ok: f.ok, group, text: `${f.equation}：${f.left}，${f.right} ${tail}` };
  }
  return { ok: f.ok, group, text: `${subject(prefix, lhs)} ${f.left}${relation}${right} ${tail}` };
}

export function checkLines(report: RenderedReport): CheckLine[] {
  return report.reconciliation.map(checkLine);
}

function title(report: RenderedReport): string {
  return `${report.department.name.replace(/\[部门\]$/, '')}${report.year}年部门预算勾稽校验报告`;
}

/** The whole document as HTML (printable; the PDF is made from it). */
export function renderChecksHtml(report: RenderedReport, generatedAt: Date = new Date()): string {
  const lines = checkLines(report);
  const failures = lines.filter((l) => !l.ok);
  const groups = new Map<string, typeof lines>();
  for (const line of lines.filter((l) => l.ok)) groups.set(line.group, [...(groups.get(line.group) ?? []), line]);
  const item = (line: CheckLine) => html`<li class="${line.ok ? 'ok' : 'fail'}">${line.text}</li>`;
  const stamp = generatedAt.toISOString().slice(0, 16).replace('T', ' ');
  const doc = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title(report)}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<section class="checks prose" id="checks">
<h2 class="part">${title(report)}</h2>
<p>内部文件，供编制与审核人员使用，不对外公开。部门：${report.department.name}（${report.department.code}）；生成时间 ${stamp} UTC。金额单位：元（按元精确校验）。</p>
<p>共校验 ${lines.length} 项：${failures.length === 0 ? '全部相符 ✓' : `相符 ${lines.length - failures.length} 项，不符 ${failures.length} 项 ✗`}。</p>
${failures.length > 0 ? html`<h3 class="group">不符项</h3><ol class="lines">${failures.map(item)}</ol>` : ''}
${[...groups].map(([group, items]) => html`<h3 class="group">${group}（${items.length} 项相符）</h3><ol class="lines">${items.map(item)}</ol>`)}
</section>
</body>
</html>
`;
  return doc.html;
}

/** File name stem of the document: "045-柳林县行政审批服务管理局-2023年勾稽校验报告". */
export function checksFileStem(report: RenderedReport): string {
  const name = report.department.name.replace(/[\\/:*?"<>|\s]+/g, '');
  return `${report.department.code}-${name}-${report.year}年勾稽校验报告`;
}
