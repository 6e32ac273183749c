/** The printed titles of the 13 预算公开表, without the leading year ("2023年…" is added per budget). */
export const TABLE_TITLES = {
  1: '预算收支总表',
  2: '预算收入总表',
  3: '预算支出总表',
  4: '财政拨款收支总表',
  5: '一般公共预算支出预算表（不含上年结转）',
  6: '一般公共预算安排基本支出分经济科目表（不含上年结转）',
  7: '政府性基金预算收入表（不含上年结转）',
  8: '政府性基金预算支出表（不含上年结转）',
  9: '国有资本经营预算收支预算表（不含上年结转）',
  10: '一般公共预算“三公”经费支出预算表',
  11: '机关运行经费预算财政拨款情况统计表',
  12: '项目支出预算表（本年预算）',
  13: '项目支出预算表（上年结转）',
} as const;

export type TableNumber = keyof typeof TABLE_TITLES;
