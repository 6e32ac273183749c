/**
 * Plausibility (合理性) warnings: amounts that are possible but usually a slip of the keyboard —
 * a line above an amount (default 1亿元), a 0.00 line, the same line entered twice, a unit whose
 * total moves more than a percentage from last year (when last year's lines are in the system).
 */
import { Dec, percent, sumBy } from '../money';
import { compareText } from '../context';
import type { BudgetLine } from '../types';
import { fixed, yuanText, type Rule } from './context';

export const largeLineRule: Rule = {
  definition: {
    id: 'LINE_LARGE_AMOUNT',
    name: '单笔金额过大',
    explanation: '单笔明细行金额超过上限（默认1亿元）时提示核对，多为多输了位数。',
    severity: 'WARN',
    parameters: [{ key: 'maxYuan', label: '单笔金额上限', unit: '元', defaultValue: '100000000.00' }],
  },
  check: (c, param) =>
    c.budget.lines
      .filter((line) => line.amountYuan.gt(param('maxYuan')))
      .map((line) => ({
        unitId: line.unitId,
        key: line.id,
        where: c.lineWhere(line),
        message: `金额${yuanText(line.amountYuan)}超过单笔上限${yuanText(param('maxYuan'))}，请核对`,
        left: fixed(line.amountYuan),
        right: fixed(param('maxYuan')),
      })),
};

export const zeroLineRule: Rule = {
  definition: {
    id: 'LINE_ZERO',
    name: '零金额明细行',
    explanation: '金额为0.00的明细行不影响任何报表，多为漏填金额或应删除的行。',
    severity: 'WARN',
    parameters: [],
  },
  check: (c) =>
    c.budget.lines
      .filter((line) => line.amountYuan.isZero())
      .map((line) => ({ unitId: line.unitId, key: line.id, where: c.lineWhere(line), message: '明细行金额为0.00元，请填写金额或删除该行', left: null, right: null })),
};

const lineSignature = (l: BudgetLine) =>
  [l.unitId, l.functionalCode, l.deptEconCode, l.govEconOverride ?? '', l.kind, l.projectId ?? '', l.fundingSource, String(l.carryover), new Dec(l.amountYuan).toFixed(2)].join('|');

export const duplicateLineRule: Rule = {
  definition: {
    id: 'LINE_DUPLICATE',
    name: '完全相同的明细行',
    explanation: '同一单位两行或多行的科目、支出类型、项目、资金来源、结转标志和金额完全相同，多为重复录入。',
    severity: 'WARN',
    parameters: [],
  },
  check: (c) => {
    const groups = new Map<string, BudgetLine[]>();
    for (const line of c.budget.lines) groups.set(lineSignature(line), [...(groups.get(lineSignature(line)) ?? []), line]);
    return [...groups.values()]
      .filter((group) => group.length > 1)
      .map((group) => {
        const ids = group.map((l) => l.id).sort(compareText);
        const first = group[0]!;
        return { unitId: first.unitId, key: ids.join(','), where: c.lineWhere(first), message: `有${group.length}行完全相同（科目、资金来源与金额均相同），请确认是否重复录入`, left: null, right: null };
      });
  },
};

export const unitChangeRule: Rule = {
  definition: {
    id: 'UNIT_TOTAL_CHANGE',
    name: '单位预算总额变动过大',
    explanation: '系统中有上年明细数据时，单位本年预算总额比上年增减超过规定比例（按元计算增减率），请核对并在情况说明中说明原因。',
    severity: 'WARN',
    parameters: [{ key: 'maxChangePercent', label: '增减率上限', unit: '%', defaultValue: '30.00' }],
  },
  check: (c, param) => {
    const previous = c.previous;
    if (!previous) return [];
    return c.budget.units.flatMap((unit) => {
      const prior = previous.unitTotals.get(unit.id);
      if (prior === undefined || prior.isZero()) return [];
      const current = sumBy(c.budget.lines.filter((l) => l.unitId === unit.id), (l) => l.amountYuan);
      const rate = percent(current.minus(prior), prior);
      if (rate === null || !rate.abs().gt(param('maxChangePercent'))) return [];
      return [
        {
          unitId: unit.id,
          key: `${previous.year}`,
          where: `${unit.name} › 单位预算总额`,
          message: `本年${yuanText(current)}，上年${yuanText(prior)}，${rate.isNegative() ? '减少' : '增加'}${rate.abs().toFixed(2)}%，超过${param('maxChangePercent').toFixed(2)}%`,
          left: fixed(current),
          right: fixed(prior),
        },
      ];
    });
  },
};
