/**
 * The 绩效目标申报表 printed at the end of the example report, transcribed as structured data.
 *
 * Transcription rules (the source is PDF text with flattened table rows):
 * - The indicator table has two halves: 实施期 (left, scope PERIOD) and 年度 (right, scope ANNUAL).
 *   Where the right half is empty in the print (e.g. the first filing of 拨付市民服务中心…), the form
 *   has PERIOD indicators only.
 * - Values printed with an operator ("≥98%", "＞200个", "≤408枚") become operator + value + unit;
 *   values printed as a bare number ("100%", "1680000元") keep operator null with that number and unit
 *   (rendered "100%" as printed; a reader may take it as "=");
 *   anything else ("及时", "保障", "提高98%") is qualitative text.
 * - Names cut off by the PDF's column width are restored from the other half of the same form
 *   where it prints them in full ("服务对象满意度指" → 服务对象满意度指标, "受益者满意度"); where neither half
 *   prints the full name it is kept as printed (e.g. "提高惠企政策梳理及运营服").
 * - The example's own oddities are KEPT, for validation to flag, not fixed here:
 *   "新办企业满意度 ≤100%" and "印章清晰度 ≤100%" (12345热线), "为企业免费刻制印章 ≤408枚" (a
 *   quantity target with ≤), the typo "可办理证书数理", "提高办证效率 提高98%" (number inside text),
 *   and the project 拨付市民服务中心信息化升级改造搬迁及政务服务标准化项目资金 filed twice — once
 *   with 0 元 and no 年度 indicators (see DUPLICATE_FILING in ../liulin-2023.ts).
 */
import type Decimal from 'decimal.js';
import { yuan } from '../../../../lib/budget/money';
import type {
  FundBreakdown,
  Indicator,
  IndicatorLevel1,
  IndicatorLevel2,
  IndicatorOperator,
  PerformanceForm,
} from '../../../../lib/budget/types';
import type { ProjectKey } from './lines';

type Scope = Indicator['scope'];

interface IndicatorSpec {
  level1: IndicatorLevel1;
  level2: IndicatorLevel2;
  name: string;
  /** "≥98%" style (operator, number, unit) or text. */
  value: { op: IndicatorOperator | null; num: string; unit: string } | { text: string };
}

const LEVEL1: Record<IndicatorLevel2, IndicatorLevel1> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

/** A quantitative indicator: `q('时效指标', '资金拨付及时性', '≥', '98', '%')`; op null for a bare number ("100%"). */
function q(level2: IndicatorLevel2, name: string, op: IndicatorOperator | null, num: string, unit: string): IndicatorSpec {
  return { level1: LEVEL1[level2], level2, name, value: { op, num, unit } };
}

/** A qualitative indicator: `t('质量指标', '设备购置质量', '保障')`. */
function t(level2: IndicatorLevel2, name: string, text: string): IndicatorSpec {
  return { level1: LEVEL1[level2], level2, name, value: { text } };
}

/** 实施期 indicators first, then 年度; sortOrder runs on across both halves. */
function indicators(period: IndicatorSpec[], annual: IndicatorSpec[]): Indicator[] {
  const build = (scope: Scope, specs: IndicatorSpec[], offset: number): Indicator[] =>
    specs.map((spec, index) => ({
      scope,
      level1: spec.level1,
      level2: spec.level2,
      name: spec.name,
      operator: 'op' in spec.value ? spec.value.op : null,
      value: 'op' in spec.value ? spec.value.num : null,
      measureUnit: 'op' in spec.value ? spec.value.unit : null,
      text: 'text' in spec.value ? spec.value.text : null,
      sortOrder: offset + index + 1,
    }));
  return [...build('PERIOD', period, 0), ...build('ANNUAL', annual, period.length)];
}

/** Same indicators in both halves (most forms of the example). */
function sameBoth(specs: IndicatorSpec[]): Indicator[] {
  return indicators(specs, specs);
}

/** 资金: everything 市县（区）财政资金, 其他资金 printed blank. */
function countyFunds(total: string): { period: FundBreakdown; annual: FundBreakdown } {
  const breakdown = (): FundBreakdown => {
    const amount: Decimal = yuan(total);
    return { total: amount, central: yuan('0'), provincial: yuan('0'), cityCounty: amount, selfRaised: yuan('0'), other: null };
  };
  return { period: breakdown(), annual: breakdown() };
}

const WANG_FENG = { contactPerson: '王峰', contactPhone: '18203589688' };
const WANG_JINZHU = { contactPerson: '王金柱', contactPhone: '4020000' };

const citizenCentreIndicators: IndicatorSpec[] = [
  q('数量指标', '建设工程量', '≥', '1', '个'),
  q('质量指标', '工程量完成率', '≥', '98', '%'),
  q('时效指标', '资金拨付及时性', '≥', '98', '%'),
  q('成本指标', '项目成本', null, '1680000', '元'),
  q('经济效益指标', '基础设施完好率', '≥', '95', '%'),
  q('服务对象满意度指标', '受益者满意度', '≥', '98', '%'),
];

const citizenCentreTexts = {
  overview: '拨付市民服务中心信息化升级改造搬迁及政务服务标准化项目资金1680000元',
  basis: '柳财予字（10）号 财审973号 柳审管报【2022】8号',
  necessity: '保障信息化升级改造搬迁及政务服务标准化项目运行',
  safeguards: '根据相关制度',
  plan: '按照计划进行',
  goalPeriod: '按照计划进行',
};

/** The forms of the projects of 表12/表13 (projects without a printed form are absent). */
export const performanceForms: Partial<Record<ProjectKey, PerformanceForm>> = {
  citizenCentreUpgrade: {
    funds: countyFunds('1680000'),
    ...citizenCentreTexts,
    goalAnnual: '市民服务中心信息化升级改造搬迁及政务服务标准化项目按照计划进行',
    indicators: sameBoth(citizenCentreIndicators),
    ...WANG_FENG,
    filledAt: '20230220175026',
  },
  workFunds: {
    funds: countyFunds('620000'),
    overview: '2023年工作经费620000元',
    basis: '柳财预【2023】234号',
    necessity: '保障单位运行支出',
    safeguards: '根据相关制度',
    plan: '按照计划进行',
    goalPeriod: '按照计划进行',
    goalAnnual: '按照计划进行',
    indicators: sameBoth([
      t('数量指标', '保障单位运行', '提升'),
      t('质量指标', '严格按照财务制度运行支出', '严格执行'),
      q('时效指标', '资金拨付及时性', '≥', '98', '%'),
      q('成本指标', '项目成本', null, '620000', '元'),
      t('经济效益指标', '提高办证效率', '提高98%'),
      q('服务对象满意度指标', '受益者满意度', '≥', '97', '%'),
    ]),
    ...WANG_FENG,
    filledAt: '20230515155703',
  },
  equipmentMaintenance: {
    funds: countyFunds('80000'),
    overview: '设备维修及保养费用80000元',
    basis: '柳财预【2023】234号',
    necessity: '保障设备维修及保养工作',
    safeguards: '根据相关制度',
    plan: '按照计划进行',
    goalPeriod: '按照计划进行',
    goalAnnual: '按照计划进行',
    indicators: sameBoth([
      q('数量指标', '工程量', '≥', '1', '个'),
      q('质量指标', '工程量完成率', '≥', '98', '%'),
      q('时效指标', '资金拨付及时性', '≥', '98', '%'),
      q('成本指标', '项目成本', null, '80000', '元'),
      t('社会效益指标', '隐患消除情况', '有效'),
      q('服务对象满意度指标', '受益者满意度', '≥', '97', '%'),
    ]),
    ...WANG_FENG,
    filledAt: '20230515161244',
  },
  bureauOfficeEquipment: {
    funds: countyFunds('500000'),
    overview: '办公设备购置50万元',
    basis: '柳财预【2023】234号',
    necessity: '保障办公用品正常供应',
    safeguards: '根据采购相关政策',
    plan: '项目按照计划进行',
    goalPeriod: '项目按照计划进行',
    goalAnnual: '项目按照计划进行',
    indicators: sameBoth([
      q('数量指标', '办公设备购置数量', '≥', '1', '批'),
      t('质量指标', '设备购置质量', '保障'),
      q('时效指标', '资金拨付及时性', '≥', '98', '%'),
      q('成本指标', '项目成本', null, '500000', '元'),
      t('经济效益指标', '提高办证效率', '提高'),
      q('服务对象满意度指标', '受益者满意度', '≥', '97', '%'),
    ]),
    ...WANG_FENG,
    filledAt: '20230523104737',
  },
  enterprisePolicy: {
    funds: countyFunds('147750'),
    overview: '惠企政策梳理及运营服务费147750元',
    basis: '柳财预（2022）36号 柳财行【2023】38号',
    necessity: '保障惠企政策梳理及运营服务工作进行',
    safeguards: '根据惠企政策梳理及运营服务工作相关规定',
    plan: '惠企政策梳理及运营服务工作按照计划进行',
    goalPeriod: '惠企政策梳理及运营服务工作按照计划进行',
    goalAnnual: '惠企政策梳理及运营服务工作按照计划进行',
    indicators: sameBoth([
      q('数量指标', '惠企政策梳理及运营服务工', '≥', '1', '项'),
      t('质量指标', '保障惠企政策梳理及运营服', '提高'),
      q('时效指标', '资金拨付及时性', '≥', '97', '%'),
      q('成本指标', '项目成本', null, '147750', '元'),
      t('社会效益指标', '提高惠企政策梳理及运营服', '提升'),
      q('服务对象满意度指标', '受益者满意度', '≥', '98', '%'),
    ]),
    ...WANG_FENG,
    filledAt: '20230315103726',
  },
  hallRelocation: {
    funds: countyFunds('809600'),
    overview: '政务大厅搬迁经费809600元',
    basis: '柳财行【2023】38号',
    necessity: '保障政务大厅搬迁工作',
    safeguards: '根据相关制度',
    plan: '项目按照计划进行',
    goalPeriod: '项目按照计划进行',
    goalAnnual: '项目按照计划进行',
    indicators: sameBoth([
      q('数量指标', '政务大厅搬迁工作', '≥', '1', '个'),
      t('质量指标', '保障搬迁工作质量', '保障'),
      q('时效指标', '资金拨付及时性', '≥', '98', '%'),
      q('成本指标', '项目成本', null, '809600', '元'),
      t('社会效益指标', '提升办证质量', '提升'),
      q('服务对象满意度指标', '受益者满意度', '≥', '98', '%'),
    ]),
    ...WANG_FENG,
    filledAt: '20230526094803',
  },
  hotline12345: {
    funds: countyFunds('120000'),
    overview:
      '为企业免费刻制印章服务费5万元，免费邮寄服务费1万元，12345热线服务经费保障3万元，政务大厅运转经费3万元。合计经费120000元。',
    basis: '柳办发（2021）29号文件、晋政办发（2021）22号文件，批准每年将此项目纳入年初预算。',
    necessity:
      '为扶持中小微企业发展和保障政务大厅高效便捷为民服务，柳办发（2021）29号文件、晋政办发（2021）22号文件，批准每年将此项目纳入年初预算。',
    safeguards: '我单位将本着高效便捷为群众服务的原则，严格按照政府财务制度的规定，管好用好每笔资金，使财政资金效益最大化。',
    plan: '我单位将本着高效便捷为群众服务的原则，严格按照政府财务制度的规定，管好用好每笔资金，使财政资金效益最大化。',
    goalPeriod:
      '保障政务大厅便捷高效为民服务，提高单位公共服务能力；免费为企业刻制印章，降低中小微企业的运营成本；大大提升服务对象的满意度。',
    goalAnnual: '保障政务大厅便捷高效为民服务，提高单位公共服务能力。',
    // Kept as printed: "≤408枚" for a quantity, "印章清晰度 ≤100%" and "新办企业满意度 ≤100%" (meant ≥).
    indicators: sameBoth([
      q('数量指标', '为企业免费刻制印章', '≤', '408', '枚'),
      q('质量指标', '印章清晰度', '≤', '100', '%'),
      t('时效指标', '及时刻制印章', '及时'),
      q('成本指标', '每枚印章费用', '≤', '136', '元'),
      t('社会效益指标', '公共服务能力提升度', '提升'),
      q('社会效益指标', '免费企业户数', '≥', '408', '户'),
      q('服务对象满意度指标', '新办企业满意度', '≤', '100', '%'),
    ]),
    contactPerson: '车宏亮',
    contactPhone: '13834763877',
    filledAt: '20221202182309',
  },
  caCertificates: {
    funds: countyFunds('200000'),
    overview: '确保全县营商环境，为市县一体化系统服务',
    basis: '柳财预【2023】234号',
    necessity: '确保全县一体化系统正常运行',
    safeguards: '专款专用，及时办理',
    plan: '专款专用，及时办理',
    goalPeriod: '专款专用，及时办理',
    goalAnnual: '专款专用，及时办理',
    // The two halves differ here: the 年度 half has two 数量, two 质量 and two 满意度 indicators.
    indicators: indicators(
      [
        q('数量指标', '可办理证书数理', '＞', '200', '个'),
        q('质量指标', '补助资金准确率', null, '100', '%'),
        t('时效指标', '资金下达的及时性', '及时'),
        t('可持续影响指标', '政策保障作用', '有效保障'),
        q('服务对象满意度指标', '服务对象满意度', '≥', '98', '%'),
      ],
      [
        q('数量指标', '可办理证书数', '＞', '200', '个'),
        q('数量指标', '业务办理数', '＞', '200', '个'),
        q('质量指标', '资金使用准确率', null, '100', '%'),
        q('质量指标', '补助资金准确率', null, '100', '%'),
        t('时效指标', '资金下达的及时性', '及时'),
        t('可持续影响指标', '政策保障作用', '有效保障'),
        q('服务对象满意度指标', '服务对象满意度', '≥', '98', '%'),
        t('服务对象满意度指标', '使用对象满意度', '满意'),
      ],
    ),
    ...WANG_JINZHU,
    filledAt: '20230523084736',
  },
  specialBusinessFunds: {
    funds: countyFunds('100000'),
    overview: '保障单位正常运转',
    basis: '柳财预（2023）234号',
    necessity: '保障单位正常运转',
    safeguards: '专款专用',
    plan: '合理利用资金，提升工作效能',
    goalPeriod: '保障单位正常运转，提升工作效能',
    goalAnnual: '保障单位正常运转',
    indicators: sameBoth([
      q('数量指标', '劳务用人数', '＞', '100', '人'),
      q('质量指标', '补助资金准确率', null, '100', '%'),
      t('时效指标', '补助资金下达及时性', '及时'),
      t('可持续影响指标', '政策保障作用', '有效保障'),
      q('服务对象满意度指标', '服务对象满意度', '≥', '98', '%'),
    ]),
    ...WANG_JINZHU,
    filledAt: '20230526092329',
  },
};

/**
 * The first, empty filing of 拨付市民服务中心信息化升级改造搬迁及政务服务标准化项目资金: 0 元 in every
 * fund field, 实施期 indicators only, no 年度 goal. Printed before the real filing.
 */
export const citizenCentreEmptyFiling: PerformanceForm = {
  funds: countyFunds('0'),
  ...citizenCentreTexts,
  goalAnnual: '',
  indicators: indicators(citizenCentreIndicators, []),
  ...WANG_FENG,
  filledAt: '20230220173110',
};

/**
 * Forms the example also prints for BASIC spending, filed as pseudo-projects "公用经费项目" and
 * "人员类项目" (dated 2021, i.e. carried forward from an earlier budget round). They are not projects
 * of 表12/13 and their funds do not match the 2023 basic lines (e.g. the bureau's 公用经费 form says
 * 348,912.93 元, its 2023 公用经费 is 363,159.00 元), so they are NOT part of the DepartmentBudget input.
 * Kept here so that the seed can show them and validation has a "form ≠ lines" example.
 */
export interface BasicSpendingForm {
  unit: 'bureau' | 'procurementCentre';
  name: '公用经费项目' | '人员类项目';
  nature: 'PUBLIC' | 'PERSONNEL';
  attribute: 'RECURRING';
  periodYears: number;
  form: PerformanceForm;
}

const PUBLIC_FUNDS_TEXTS = {
  overview: '按照定员定额方式管理，以人员编制、实有人员、通用资产等为计算对象，保障单位日常运转和基本履职需要的公用经费支出。',
  basis: '根据党中央国务院和省委省政府政策要求，优先安排“三保”支出，保障省直行政事业单位基本运转支出。',
  necessity: '根据党中央国务院和省委省政府政策要求，优先安排“三保”支出，保障省直行政事业单位基本运转支出。',
  safeguards: '2022年省级部门预算编制方案、《省级基本支出预算管理办法（试行）》（晋财省直预[2020]37号）等。',
  plan: '在会议费、培训费、物业费等各项支出标准范围内，合理开支单位各项运转经费。',
  goalPeriod: '在支出标准范围内合理开支会议费、培训费、差旅费等各项支出，保障单位日常运转。',
  goalAnnual: '',
};

const PERSONNEL_TEXTS = {
  overview: '部门和单位有关人员的工资福利支出、对个人和家庭的补助支出项目。',
  basis: '按照党中央国务院、省委省政府要求，做好“三保”工作，保障机关事业单位工作人员各项工资奖金津补贴。',
  necessity: '按照党中央国务院、省委省政府要求，做好“三保”工作，保障机关事业单位工作人员各项工资奖金津补贴。',
  safeguards:
    '根据2022年省级预算编制方案、《山西省财政厅关于下达省级项目支出控制数和编报基本支出预算的通知》、《省级基本支出预算管理办法》（晋财省直预[2020]37号）等文件。',
  plan: '按时发放本单位工作人员各项工资奖金津补贴。',
  goalPeriod: '保障单位工作人员各项工资奖金津补贴。',
  goalAnnual: '',
};

const NO_CONTACT = { contactPerson: null, contactPhone: null };

export const basicSpendingForms: BasicSpendingForm[] = [
  {
    unit: 'procurementCentre',
    name: '公用经费项目',
    nature: 'PUBLIC',
    attribute: 'RECURRING',
    periodYears: 3,
    form: {
      funds: countyFunds('156724.77'),
      ...PUBLIC_FUNDS_TEXTS,
      indicators: indicators(
        [
          q('数量指标', '保障公务用车运维数量', '≥', '1', '辆'),
          q('数量指标', '购置办公设备数量', '≥', '23', '台（套）'),
          q('数量指标', '举办培训班次', '≥', '0', '次'),
          q('数量指标', '召开会议次数', '≥', '2', '次'),
          q('质量指标', '办公设备验收合格率', '≥', '99', '%'),
          t('质量指标', '召开会议必要性', '必要'),
          q('质量指标', '培训合格率', '＞', '96', '%'),
          t('质量指标', '培训课程安排合理性', '合理'),
          q('时效指标', '按计划完成培训', '≥', '90', '%'),
          q('时效指标', '按计划召开会议', '≥', '90', '%'),
          q('成本指标', '事业单位公务用车运维费', '≤', '20000', '元/车年'),
          q('成本指标', '三、四类会议标准', '≤', '100', '元/人天'),
          q('成本指标', '二类会议标准', '≤', '200', '元/人天'),
          q('成本指标', '一类会议标准', '≤', '300', '元/人天'),
          q('成本指标', '培训费标准', '≤', '200', '元/人天'),
          q('社会效益指标', '确保各项日常工作正常开展', null, '100', '%'),
          t('社会效益指标', '工作效能提升程度', '逐步提升'),
          t('社会效益指标', '单位正常运转保障度', '保障'),
          q('服务对象满意度指标', '工作人员满意度', '≥', '99', '%'),
        ],
        [],
      ),
      ...NO_CONTACT,
      filledAt: '20211118152941',
    },
  },
  {
    unit: 'procurementCentre',
    name: '人员类项目',
    nature: 'PERSONNEL',
    attribute: 'RECURRING',
    periodYears: 3,
    form: {
      funds: countyFunds('1074489.16'),
      ...PERSONNEL_TEXTS,
      indicators: indicators(
        [
          q('数量指标', '保障离休人员数量', null, '0', '人'),
          q('数量指标', '保障退休人员数量', null, '0', '人'),
          q('数量指标', '保障在职人员数量', null, '11', '人'),
          q('质量指标', '人员经费保障率', null, '100', '%'),
          t('时效指标', '工资奖金津补贴等是否发放', '及时发放'),
          t('成本指标', '人员支出', '按标准'),
          t('社会效益指标', '带动单位工作人员工作积极', '逐步提高'),
          t('可持续影响指标', '是否按规定按标准发放津补', '是'),
          t('服务对象满意度指标', '单位工作人员对财务工作人', '满意度高'),
        ],
        [],
      ),
      ...NO_CONTACT,
      filledAt: '20211118152941',
    },
  },
  {
    unit: 'bureau',
    name: '公用经费项目',
    nature: 'PUBLIC',
    attribute: 'RECURRING',
    periodYears: 3,
    form: {
      funds: countyFunds('348912.93'),
      ...PUBLIC_FUNDS_TEXTS,
      // Kept as printed: "办公设备验收合格率 ≥100%", "工作人员满意度 ≥100%".
      indicators: indicators(
        [
          q('数量指标', '购置办公设备数量', '≥', '2', '台'),
          q('数量指标', '保障公务用车运维数量', '≥', '1', '辆'),
          q('质量指标', '办公设备验收合格率', '≥', '100', '%'),
          q('时效指标', '按规定及时支付', '≥', '100', '%'),
          q('成本指标', '行政参公单位公务用车运维', '≤', '25000', '元'),
          t('社会效益指标', '单位正常运转保障度', '保障单位正常运转'),
          t('社会效益指标', '工作效能提升程度', '工作效能稳步提升'),
          q('社会效益指标', '确保各项日常工作正常开展', null, '100', '%'),
          q('服务对象满意度指标', '工作人员满意度', '≥', '100', '%'),
        ],
        [],
      ),
      ...NO_CONTACT,
      filledAt: '20211112112148',
    },
  },
  {
    unit: 'bureau',
    name: '人员类项目',
    nature: 'PERSONNEL',
    attribute: 'RECURRING',
    periodYears: 3,
    form: {
      funds: countyFunds('4621529.63'),
      ...PERSONNEL_TEXTS,
      // Kept as printed: an 生态效益指标 "实施期 一年".
      indicators: indicators(
        [
          q('数量指标', '保障在职人员数量', null, '52', '人'),
          q('质量指标', '人员经费保障率', null, '100', '%'),
          t('时效指标', '工资奖金津补贴等是否发放', '按规定及时发放'),
          q('成本指标', '人员支出', null, '4621529.63', '元'),
          t('社会效益指标', '带动单位工作人员工作积极', '带动单位工作人员积极性'),
          t('生态效益指标', '实施期', '一年'),
          t('可持续影响指标', '是否按规定按标准发放津补', '按规定发放津补贴'),
          t('服务对象满意度指标', '单位工作人员对财务工作人', '单位工作人员满意度很高'),
        ],
        [],
      ),
      ...NO_CONTACT,
      filledAt: '20211112112148',
    },
  },
];
