/**
 * 情况说明 rules (docs/domain.md §7): no template placeholders left in the department's texts,
 * every figure the sentences print equals the table it restates (exact 元), and a reason written
 * where a figure moves by at least a percentage from 上年数.
 */
import type Decimal from 'decimal.js';
import type { NarrativeTexts } from '../types';
import { orZero } from '../money';
import type { Change } from '../narrative';
import { movesBy, subjectLabel } from '../narrative/item-changes';
import { fixed, yuanText, type Rule, type RuleContext } from './context';

const TEXTS: readonly [keyof NarrativeTexts, string][] = [
  ['changeReason', '收支变动主要原因'],
  ['threePublicChangeReason', '三公经费增减变动原因'],
  ['organOperatingChangeReason', '机关运行经费增减变动原因'],
];

/** Template marks: XX / ×× (any case, full width), …… or ..., 待补充/待填写, 【…】. */
const PLACEHOLDERS: readonly RegExp[] = [/[XxＸｘ×]{2,}/, /…{1,}|\.{3,}|。{3,}/, /待补充|待填写/, /【[^】]*】/];

export const placeholderRule: Rule = {
  definition: {
    id: 'NARRATIVE_PLACEHOLDER',
    name: '情况说明含占位符',
    explanation: '情况说明中部门填写的文字不得留有模板占位符（XX、……、待补充、【】等），否则会原样公开。',
    severity: 'FATAL',
    parameters: [],
  },
  check: (c) => {
    const texts: [string, string, string][] = [
      ...TEXTS.map(([key, label]): [string, string, string] => [key, label, c.budget.narrative[key] ?? '']),
      ...Object.entries(c.budget.changeReasons ?? {}).map(([subject, text]): [string, string, string] => [`reason:${subject}`, `增减变动原因（${subjectLabel(subject)}）`, text]),
    ];
    return texts.flatMap(([key, label, text]) => {
      const marks = PLACEHOLDERS.flatMap((pattern) => pattern.exec(text)?.[0] ?? []);
      if (marks.length === 0) return [];
      return [{ unitId: null, key, where: `情况说明 › ${label}`, message: `含未替换的占位符：${marks.map((m) => `“${m}”`).join('、')}`, left: null, right: null }];
    });
  },
};

/** A table cell by table number, row name and column (the first row of that name in any section); missing = 0. */
function tableCell(c: RuleContext, table: number, rowName: string, col = 0): Decimal {
  const t = c.report.tables.find((x) => x.number === table);
  const row = t?.sections.flatMap((s) => s.rows).find((r) => r.name === rowName);
  return orZero(row?.values[col]);
}

export const narrativeFigureRule: Rule = {
  definition: {
    id: 'NARRATIVE_FIGURE',
    name: '情况说明数字与报表一致',
    explanation: '情况说明引用的合计数须与对应报表一致（按元精确比较）：收入总计、支出总计（表1），基本支出、项目支出（表3），一般公共预算当年拨款（表5），三公经费（表10），机关运行经费（表11）。',
    severity: 'FATAL',
    parameters: [],
  },
  check: (c) => {
    const f = c.report.narrative.figures;
    const pairs: [string, string, Decimal, Decimal][] = [
      ['totalIncome', '收入总计（表1）', f.totalIncome.current, tableCell(c, 1, '收入总计')],
      ['totalExpenditure', '支出总计（表1）', f.totalExpenditure.current, tableCell(c, 1, '支出总计')],
      ['basic', '基本支出（表3）', f.basicShare.amount, tableCell(c, 3, '合计', 1)],
      ['project', '项目支出（表3）', f.projectShare.amount, tableCell(c, 3, '合计', 2)],
      ['generalPublicCurrent', '一般公共预算当年拨款（表5）', f.generalPublicCurrent.current, tableCell(c, 5, '合计')],
      ['threePublic', '三公经费（表10）', f.threePublic.total.current, tableCell(c, 10, '合计')],
      ['organOperating', '机关运行经费（表11）', f.organOperating.current, tableCell(c, 11, '部门合计')],
    ];
    return pairs
      .filter(([, , said, shown]) => !said.equals(shown))
      .map(([key, label, said, shown]) => ({
        unitId: null,
        key,
        where: `情况说明 › ${label}`,
        message: `情况说明为${yuanText(said)}，报表为${yuanText(shown)}`,
        left: fixed(said),
        right: fixed(shown),
      }));
  },
};


export const changeReasonRule: Rule = {
  definition: {
    id: 'CHANGE_REASON',
    name: '增减变动须说明原因',
    explanation: '收入总计、三公经费合计、机关运行经费比上年数增减达到规定比例时，情况说明须填写相应的变动原因（三公经费各项及功能分类项级科目见“项级科目及三公各项增减须说明原因”）。',
    severity: 'WARN',
    parameters: [{ key: 'thresholdPercent', label: '须说明原因的增减率', unit: '%', defaultValue: '10.00' }],
  },
  check: (c, param) => {
    const f = c.report.narrative.figures;
    const items: [string, string, Change, keyof NarrativeTexts][] = [
      ['totalIncome', '收入总计', f.totalIncome, 'changeReason'],
      ['threePublic', '三公经费合计', f.threePublic.total, 'threePublicChangeReason'],
      ['organOperating', '机关运行经费', f.organOperating, 'organOperatingChangeReason'],
    ];
    return items
      .filter(([, , change, reason]) => movesBy(change, param('thresholdPercent')) && (c.budget.narrative[reason] ?? '').trim() === '')
      .map(([key, label, change, reason]) => ({
        unitId: null,
        key,
        where: `情况说明 › ${label}`,
        message: `${label}本年${yuanText(change.current)}，上年${yuanText(change.prior ?? change.current)}${change.rate ? `，增减${change.rate.toFixed(2)}%` : ''}，请填写“${TEXTS.find(([k]) => k === reason)?.[1] ?? reason}”`,
        left: fixed(change.current),
        right: change.prior ? fixed(change.prior) : null,
      }));
  },
};
