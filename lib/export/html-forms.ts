/**
 * The 项目支出绩效目标申报表 as printed: header facts, funds (元) for 实施期 and 年度, the
 * narrative fields, and the indicator tree with 实施期 on the left and 年度 on the right.
 * Every 二级指标 of the standard tree is listed, blank when the form has none.
 */
import { html, type RawHtml } from './escape';
import type { RenderedFunds, RenderedIndicator, RenderedPerformanceForm, RenderedReport } from '@/lib/budget/report-wire';

export const INDICATOR_TREE: readonly { level1: string; level2: readonly string[] }[] = [
  { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { level1: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
  { level1: '满意度指标', level2: ['服务对象满意度指标'] },
];

/** Column widths (%) of the form's 7-column grid: 一级, 二级, 三级, 指标值 twice. */
const FORM_COLUMNS = [10, 14, 20, 10, 14, 20, 12];

const FUND_ROWS: readonly { label: string; key: keyof RenderedFunds }[] = [
  { label: '其中：中央财政资金', key: 'central' },
  { label: '省级财政资金', key: 'provincial' },
  { label: '市县（区）财政资金', key: 'cityCounty' },
  { label: '单位自筹', key: 'selfRaised' },
  { label: '其他资金', key: 'other' },
];

function funds(form: RenderedPerformanceForm): RawHtml {
  const { period, annual } = form.funds;
  const rows = FUND_ROWS.map(
    ({ label, key }) =>
      html`<tr><td class="label">${label}</td><td class="num">${period[key] ?? ''}</td><td class="label" colspan="2">${label}</td><td class="num" colspan="2">${annual[key] ?? ''}</td></tr>`,
  );
  return html`<tr><td class="label" rowspan="6">项目资金<br>（元）</td><td class="label">实施期资金总额：</td><td class="num">${period.total}</td><td class="label" colspan="2">年度资金总额：</td><td class="num" colspan="2">${annual.total}</td></tr>
${rows}`;
}

function indicatorRows(indicators: readonly RenderedIndicator[]): RawHtml[] {
  const out: RawHtml[] = [];
  for (const { level1, level2 } of INDICATOR_TREE) {
    const blocks = level2.map((name) => {
      const pick = (scope: RenderedIndicator['scope']) =>
        indicators.filter((i) => i.scope === scope && i.level1 === level1 && i.level2 === name);
      const period = pick('PERIOD');
      const annual = pick('ANNUAL');
      return { name, period, annual, height: Math.max(1, period.length, annual.length) };
    });
    const level1Height = blocks.reduce((n, b) => n + b.height, 0);
    blocks.forEach((block, b) => {
      for (let i = 0; i < block.height; i++) {
        const left = block.period[i];
        const right = block.annual[i];
        const first = i === 0;
        out.push(html`<tr>${b === 0 && first ? html`<td class="label" rowspan="${level1Height}">${level1}</td>` : ''}${
          first ? html`<td class="label" rowspan="${block.height}">${block.name}</td>` : ''
        }<td>${left?.name ?? ''}</td><td>${left?.value ?? ''}</td>${
          first ? html`<td class="label" rowspan="${block.height}">${block.name}</td>` : ''
        }<td>${right?.name ?? ''}</td><td>${right?.value ?? ''}</td></tr>`);
      }
    });
  }
  return out;
}

function textRow(label: string, value: string): RawHtml {
  return html`<tr><td class="label" colspan="2">${label}</td><td colspan="5">${value}</td></tr>`;
}

export function renderPerformanceForm(report: RenderedReport, form: RenderedPerformanceForm): RawHtml {
  return html`<section class="sheet form">
<h3>县(区)级预算部门（单位）项目支出绩效目标申报表</h3>
<div class="year">（${report.year}年度）</div>
<table class="report">
<colgroup>${FORM_COLUMNS.map((width) => html`<col style="width:${width}%">`)}</colgroup>
<tbody>
<tr><td class="label" colspan="2">项目名称</td><td colspan="5">${form.projectName}</td></tr>
<tr><td class="label" colspan="2">主管部门及代码</td><td colspan="2">${form.department}</td><td class="label">实施单位</td><td colspan="2">${form.unit}</td></tr>
<tr><td class="label" colspan="2">项目属性</td><td colspan="2">${form.attribute}</td><td class="label">项目期</td><td colspan="2">${form.period}</td></tr>
${funds(form)}
${textRow('项目概况', form.overview)}
${textRow('立项依据', form.basis)}
${textRow('项目设立必要性', form.necessity)}
${textRow('保证项目实施的制度、措施', form.safeguards)}
${textRow('项目实施计划', form.plan)}
<tr><td class="label" rowspan="2">总体目标</td><td class="label" colspan="3">实施期目标</td><td class="label" colspan="3">年度目标</td></tr>
<tr><td colspan="3">${form.goalPeriod}</td><td colspan="3">${form.goalAnnual}</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
${indicatorRows(form.indicators)}
</tbody>
</table>
<div class="sign"><span>经办人：${form.contactPerson ?? ''}</span><span>联系电话：${form.contactPhone ?? ''}</span><span>填报日期：${form.filledAt ?? ''}</span></div>
</section>
`;
}

export function renderPerformanceForms(report: RenderedReport): RawHtml {
  if (report.performanceForms.length === 0) return html``;
  return html`<section class="part forms" id="performance-forms">
<h2 class="part">项目支出绩效目标申报表</h2>
${report.performanceForms.map((form) => renderPerformanceForm(report, form))}
</section>
`;
}
