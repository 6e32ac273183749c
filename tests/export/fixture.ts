/** A hand-built wire report: a few real rows of the 2023 example and the 13 table titles. */
import type { RenderedReport, RenderedTable } from '@/lib/budget/report-wire';

const TITLES = [
  '预算收支总表',
  '预算收入总表',
  '预算支出总表',
  '财政拨款收支总表',
  '一般公共预算支出预算表（不含上年结转）',
  '一般公共预算安排基本支出分经济科目表（不含上年结转）',
  '政府性基金预算收入表（不含上年结转）',
  '政府性基金预算支出表（不含上年结转）',
  '国有资本经营预算收支预算表（不含上年结转）',
  '一般公共预算“三公”经费支出预算表',
  '机关运行经费预算财政拨款情况统计表',
  '项目支出预算表（本年预算）',
  '项目支出预算表（上年结转）',
];

const EMPTY = new Set([7, 8, 9]);

function emptyTable(number: number, title: string): RenderedTable {
  return {
    number,
    title: `2023年${title}`,
    empty: EMPTY.has(number),
    sections: [{ name: null, columns: ['合计', '基本支出', '项目支出'], rows: [{ code: null, name: '合计', values: [null, null, null] }] }],
  };
}

const TABLE_3: RenderedTable = {
  number: 3,
  title: '2023年预算支出总表',
  empty: false,
  sections: [
    {
      name: null,
      columns: ['合计', '基本支出', '项目支出'],
      rows: [
        { code: null, name: '合计', values: ['1185.70', '731.78', '453.92'] },
        { code: '201', name: '一般公共服务支出', level: '类', values: ['1185.70', '731.78', '453.92'] },
        { code: '20103', name: '政府办公厅（室）及相关机构事务', level: '款', values: ['1030.18', '606.27', '423.92'] },
        { code: '2010306', name: '政务公开审批', level: '项', values: ['1030.18', '606.27', '423.92'] },
        { code: '20106', name: '财政事务', level: '款', values: ['155.51', '125.51', '30.00'] },
        { code: '2010699', name: '其他财政事务支出', level: '项', values: ['155.51', '125.51', '30.00'] },
      ],
    },
  ],
};

const TABLE_2: RenderedTable = {
  number: 2,
  title: '2023年预算收入总表',
  empty: false,
  sections: [
    {
      name: null,
      columns: ['合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金', '上年结转'],
      rows: [
        { code: null, name: '合计', values: ['1069.78', '1069.78', null, null, null, null, '115.92'] },
        { code: '201', name: '一般公共服务支出', level: '类', values: ['1069.78', '1069.78', null, null, null, null, '115.92'] },
      ],
    },
  ],
};

const TABLE_6: RenderedTable = {
  number: 6,
  title: '2023年一般公共预算安排基本支出分经济科目表（不含上年结转）',
  empty: false,
  sections: [
    {
      name: null,
      columns: ['合计', '人员经费', '公用经费'],
      rows: [
        { code: null, name: '合计', values: ['731.78', '674.31', '57.48'] },
        { code: '302', name: '商品和服务支出', level: '类', values: ['56.48', null, '56.48'] },
        { code: '30217', name: '公务接待费', govCode: '50206', govName: '公务接待费', level: '款', values: ['0.36', null, '0.36'] },
      ],
    },
  ],
};

const TABLE_12: RenderedTable = {
  number: 12,
  title: '2023年项目支出预算表（本年预算）',
  empty: false,
  sections: [
    {
      name: null,
      columns: ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'],
      rows: [
        { code: null, name: '柳林县行政审批服务管理局[部门]', values: ['338.00', '338.00', null, null, null, null] },
        { code: null, name: '柳林县政府采购中心', level: '单位', values: ['30.00', '30.00', null, null, null, null] },
        { code: null, name: 'CA数字证书服务费 <script>alert("x")</script> & 其他', level: '项目', values: ['20.00', '20.00', null, null, null, null] },
      ],
    },
  ],
};

const SPECIAL: ReadonlyMap<number, RenderedTable> = new Map([
  [2, TABLE_2],
  [3, TABLE_3],
  [6, TABLE_6],
  [12, TABLE_12],
]);

export function wireFixture(): RenderedReport {
  return {
    department: { code: '045', name: '柳林县行政审批服务管理局' },
    year: 2023,
    amountUnit: '万元',
    tables: TITLES.map((title, i) => SPECIAL.get(i + 1) ?? emptyTable(i + 1, title)),
    narrative: {
      sentences: ['2023年度预算收入总计1,185.70万元，其中：本年收入1,069.78万元，上年结转115.92万元。', '说明含有 <b>标签</b> & 符号。'],
      figures: {},
    },
    reconciliation: [
      { id: 'R1', equation: '表1 收入总计 = 支出总计', left: '11857000.00', right: '11857000.00', ok: true },
      { id: 'R5', equation: '表3 合计 = 基本 + 项目', left: '100.00', right: '100.01', ok: false },
    ],
    roundingNotes: [],
    performanceForms: [
      {
        projectName: 'CA数字证书服务费',
        department: '045-柳林县行政审批服务管理局[部门]',
        unit: '柳林县政府采购中心',
        attribute: '一次性项目（1年结束）',
        period: '1年',
        funds: {
          period: { total: '200000.00', central: '0.00', provincial: '0.00', cityCounty: '200000.00', selfRaised: '0.00', other: null },
          annual: { total: '200000.00', central: '0.00', provincial: '0.00', cityCounty: '200000.00', selfRaised: '0.00', other: null },
        },
        overview: '确保全县营商环境，为市县一体化系统服务',
        basis: '柳财预【2023】234号',
        necessity: '确保全县一体化系统正常运行',
        safeguards: '专款专用，及时办理',
        plan: '专款专用，及时办理',
        goalPeriod: '专款专用，及时办理',
        goalAnnual: '专款专用，及时办理',
        indicators: [
          { scope: 'PERIOD', level1: '产出指标', level2: '数量指标', name: '可办理证书数', value: '＞200个' },
          { scope: 'ANNUAL', level1: '产出指标', level2: '数量指标', name: '可办理证书数', value: '＞200个' },
          { scope: 'ANNUAL', level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', value: '≥98%' },
        ],
        contactPerson: '王金柱',
        contactPhone: '4020000',
        filledAt: '20230523084736',
      },
    ],
  };
}
