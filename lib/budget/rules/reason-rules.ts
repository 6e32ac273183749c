/**
 * Year-on-year reasons per subject (docs/domain.md §11): a 功能分类 项 whose total, or a 三公 item,
 * moves by at least the threshold (default 10.00 %) from its 上年数 needs the department's reason
 * before 报送财政. Department level (unitId null): the 部门领导 writes the reasons on the 情况说明
 * page, and the 情况说明 quotes them. No 上年数, no finding: there is nothing to explain.
 */
import { functionalChanges, movesBy, reasonOf, threePublicChanges, type ItemChange } from '../narrative/item-changes';
import { fixed, yuanText, type Rule } from './context';

function message(item: ItemChange): string {
  const { current, prior, rate } = item.change;
  const base = `${item.label}本年${yuanText(current)}，上年${yuanText(prior ?? current)}`;
  const moved = prior !== null && prior.isZero() ? '，上年为零' : rate ? `，${rate.isNegative() ? '减少' : '增加'}${rate.abs().toFixed(2)}%` : '';
  return `${base}${moved}，请在情况说明页填写变动原因`;
}

export const itemChangeReasonRule: Rule = {
  definition: {
    id: 'ITEM_CHANGE_REASON',
    name: '项级科目及三公各项增减须说明原因',
    explanation:
      '功能分类项级科目合计数（含上年结转）比上年批复数、三公经费各项比上年数增减达到规定比例（按元计算、保留两位小数的增减率；上年为零时任何增加）时，部门须在情况说明页逐项填写变动原因，情况说明引用该原因。上年数未知时不作检查。',
    severity: 'FATAL',
    parameters: [{ key: 'thresholdPercent', label: '须说明原因的增减率', unit: '%', defaultValue: '10.00' }],
  },
  check: (c, param) =>
    [...functionalChanges(c.budget, c.ctx), ...threePublicChanges(c.report.narrative.figures)]
      .filter((item) => movesBy(item.change, param('thresholdPercent')) && reasonOf(c.budget, item.subject) === null)
      .map((item) => ({
        unitId: null,
        key: item.subject,
        where: `情况说明 › 增减变动原因 › ${item.subject.startsWith('functional:') ? '功能分类' : '三公经费'} ${item.label}`,
        message: message(item),
        left: fixed(item.change.current),
        right: item.change.prior ? fixed(item.change.prior) : null,
      })),
};
