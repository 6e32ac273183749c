/**
 * The 情况说明 sentences, worded like the example report. Figures are exact 元; prose shows
 * 万元 with thousands separators ("1,234.50万元") and percentages with 2 decimals ("12.34%").
 * Comparisons with last year are left out when last year's figure is unknown; when the budget
 * says where its 上年数 came from, a last sentence names the source of each.
 */
import type Decimal from 'decimal.js';
import type { DepartmentBudget } from '../types';
import { formatThousands, toWanYuan, ZERO } from '../money';
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS } from '../classification/three-public';
import { priorYearSourceText } from '../prior-year';
import type { Change, NarrativeFigures } from './figures';
import { functionalChanges, reasonOf, threePublicSubject } from './item-changes';

export interface NarrativeSentence {
  key: string;
  title: string;
  text: string;
}

export const wan = (yuan: Decimal) => `${formatThousands(toWanYuan(yuan))}万元`;
export const pct = (rate: Decimal | null) => `${formatThousands(rate ?? ZERO)}%`;
const reason = (text: string | null) => (text ? `，主要原因是${text.replace(/[。；;.]+$/, '')}` : '');

/**
 * "，比上年增加12.34万元、增长5.67%" / "，比上年减少…万元、下降…%" — or "" when last year is unknown.
 * The 万元 figure is the exact 元 change rounded half-up; the percentage is computed from 元 (no
 * percentage when last year was 0).
 */
export function changeClause(c: Change, prefix = '比上年'): string {
  if (c.change === null) return '';
  if (c.change.isZero()) return '，与上年持平';
  const up = c.change.isPositive();
  const rate = c.rate === null ? '' : `、${up ? '增长' : '下降'}${pct(c.rate.abs())}`;
  return `，${prefix}${up ? '增加' : '减少'}${wan(c.change.abs())}${rate}`;
}

export function narrativeSentences(budget: DepartmentBudget, f: NarrativeFigures): NarrativeSentence[] {
  const y = `${f.year}年度`;
  const texts = budget.narrative;
  const s = f.incomeShares;
  const classes = (list: NarrativeFigures['fiscal']['byClass'], withShare: boolean) =>
    list.length === 0 ? '无' : list.map((c) => `${c.name}${wan(c.amount)}${withShare ? `，占${pct(c.share)}` : ''}`).join('；');
  // The department's own name: "[部门]" labels table rows, and "…局[部门]部门各单位" repeats itself in prose.
  const dept = budget.department.name.replace(/\[部门\]$/, '');
  const threePublicItems = THREE_PUBLIC_ITEMS.map(
    (item) => `${THREE_PUBLIC_LABELS[item]}${wan(f.threePublic.items[item].current)}${changeClause(f.threePublic.items[item])}${reason(reasonOf(budget, threePublicSubject(item)))}`,
  ).join('；');
  return [
    {
      key: 'changes',
      title: '一、部门预算收支数据变动情况及原因',
      text:
        `${y}预算收入总计${wan(f.totalIncome.current)}，其中：本年收入${wan(f.currentIncome)}，上年结转${wan(f.carryover)}${changeClause(f.totalIncome)}${reason(texts.changeReason)}；` +
        `本年部门预算支出总计${wan(f.totalExpenditure.current)}，其中：本年预算安排${wan(f.currentIncome)}，上年结转${wan(f.carryover)}${changeClause(f.totalExpenditure)}${reason(texts.changeReason)}。` +
        functionalReasons(budget),
    },
    {
      key: 'income',
      title: '二、收入预算情况说明',
      text:
        `${y}预算收入${wan(f.totalIncome.current)}，主要包括一般公共预算拨款收入${wan(s.GENERAL_PUBLIC.amount)}，占${pct(s.GENERAL_PUBLIC.share)}；` +
        `政府性基金预算拨款收入${wan(s.GOV_FUND.amount)}，占${pct(s.GOV_FUND.share)}；国有资本经营预算拨款收入${wan(s.STATE_CAPITAL.amount)}，占${pct(s.STATE_CAPITAL.share)}；` +
        `财政专户管理资金收入${wan(s.SPECIAL_ACCOUNT.amount)}，占${pct(s.SPECIAL_ACCOUNT.share)}；单位资金${wan(s.UNIT_FUNDS.amount)}，占${pct(s.UNIT_FUNDS.share)}；` +
        `上年结转${wan(s.CARRYOVER.amount)}，占${pct(s.CARRYOVER.share)}。`,
    },
    {
      key: 'expenditure',
      title: '三、支出预算情况说明',
      text: `${y}支出预算${wan(f.totalExpenditure.current)}，其中：基本支出${wan(f.basicShare.amount)}，占${pct(f.basicShare.share)}；项目支出${wan(f.projectShare.amount)}，占${pct(f.projectShare.share)}。`,
    },
    {
      key: 'fiscal',
      title: '四、财政拨款收支预算总体情况说明',
      text:
        `${y}财政拨款收支总预算${wan(f.fiscal.total)}。收入为一般公共预算拨款${wan(f.fiscal.bySource.GENERAL_PUBLIC)}，政府性基金预算拨款${wan(f.fiscal.bySource.GOV_FUND)}，国有资本经营预算拨款${wan(f.fiscal.bySource.STATE_CAPITAL)}。` +
        `其中：当年拨款收入${wan(f.fiscal.current)}，上年结转收入${wan(f.fiscal.carryover)}。支出包括：${classes(f.fiscal.byClass, false)}。`,
    },
    {
      key: 'generalPublicScale',
      title: '五、（一）一般公共预算当年拨款规模变化情况',
      text: `${y}一般公共预算当年拨款${wan(f.generalPublicCurrent.current)}${changeClause(f.generalPublicCurrent)}。`,
    },
    {
      key: 'generalPublicStructure',
      title: '五、（二）一般公共预算当年拨款结构情况',
      text: `${y}一般公共预算当年拨款${wan(f.generalPublicCurrent.current)}，主要用于以下方面：${classes(f.generalPublicByClass, true)}。`,
    },
    {
      key: 'basic',
      title: '六、一般公共预算基本支出情况说明',
      text:
        `${y}一般公共预算基本支出${wan(f.basic.total)}，其中：人员经费${wan(f.basic.personnel)}${list(f.basic.personnelItems)}；` +
        `公用经费${wan(f.basic.public)}${list(f.basic.publicItems)}。`,
    },
    {
      key: 'threePublic',
      title: '七、“三公”经费增减变动原因说明',
      text:
        `${f.year}年财政拨款安排的“三公”经费预算${wan(f.threePublic.total.current)}${changeClause(f.threePublic.total, `比${f.year - 1}年同口径`)}${reason(texts.threePublicChangeReason)}。` +
        `其中：${threePublicItems}。`,
    },
    {
      key: 'organOperating',
      title: '八、机关运行经费增减变动原因说明',
      text: `${f.year}年机关运行经费预算${wan(f.organOperating.current)}${changeClause(f.organOperating)}${reason(texts.organOperatingChangeReason)}。`,
    },
    {
      key: 'procurement',
      title: '九、政府采购情况',
      text:
        `${f.year}年${dept}各单位政府采购预算总额${wan(f.procurement.total)}。其中：政府采购货物预算${wan(f.procurement.goods)}、` +
        `政府采购工程预算${wan(f.procurement.works)}、政府采购服务预算${wan(f.procurement.services)}。`,
    },
    {
      key: 'performance',
      title: '十、绩效管理情况',
      text: `${f.year}年${dept}实行绩效目标管理的项目${f.performance.projectCount}个，涉及一般公共预算当年拨款${wan(f.performance.generalPublicCurrent)}。`,
    },
    ...(budget.priorYearSource ? [{ key: 'priorYearSource', title: '附：上年数来源', text: priorYearSourceText(budget.priorYearSource) }] : []),
  ];
}

/**
 * "其中，按功能分类项级科目：行政运行（2010301）12.00万元，比上年增加2.00万元、增长20.00%，主要原因是……。"
 * — the 项 whose change is known and not zero and for which the department wrote a reason; "" when none.
 */
function functionalReasons(budget: DepartmentBudget): string {
  const items = functionalChanges(budget).flatMap((item) => {
    const text = reasonOf(budget, item.subject);
    if (text === null || item.change.change === null || item.change.change.isZero()) return [];
    const label = item.name ? `${item.name}（${item.code}）` : `功能分类${item.code}`;
    return [`${label}${wan(item.change.current)}${changeClause(item.change)}${reason(text)}`];
  });
  return items.length === 0 ? '' : `其中，按功能分类项级科目：${items.join('；')}。`;
}

function list(names: readonly string[]): string {
  return names.length === 0 ? '' : `，主要包括：${names.join('、')}等`;
}
