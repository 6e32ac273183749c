/**
 * 审核 before 提交 (issue 9), as the accountant lives it: a funded project with a blank
 * 绩效目标申报表 stops 提交 with the 致命 findings listed; the accountant fills the form (amounts
 * typed with separators, a 满意度 indicator picked with the mouse), acknowledges the unit's
 * warnings with a note, and submits.
 */
import { describe, expect, it } from 'vitest';
import { LinesPage } from './pages/LinesPage';
import { PerformanceFormPage } from './pages/PerformanceFormPage';
import { DEMO_YEAR, useJourney } from './support/journey';

const PROJECT = '政务信息系统建设';

describe('审核 journey', () => {
  const journey = useJourney('e2e_checks');

  it('is stopped by a blank 申报表, fills it, acknowledges the warnings and submits', async () => {
    const page = await journey.signIn('caiwu');
    await page.goto(`/projects?year=${DEMO_YEAR}`);
    await page.getByRole('link', { name: '新增项目' }).click();
    const projectForm = page.getByRole('form', { name: '新增项目' });
    await projectForm.getByLabel('项目名称').fill(PROJECT);
    await projectForm.getByRole('button', { name: '保存' }).click();
    await projectForm.waitFor({ state: 'detached' });

    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    await lines.addLine({ functionalCode: '2010306', deptEconCode: '30201', kind: 'PROJECT', project: PROJECT, amount: '150,000.00' });

    // A blank 申报表 saves (all amounts 0.00), and the page now says what is wrong with it.
    await page.goto(`/projects?year=${DEMO_YEAR}`);
    await page.getByRole('row').filter({ hasText: PROJECT }).getByRole('link', { name: '填报申报表' }).click();
    await page.getByRole('form', { name: '绩效目标申报表' }).waitFor();
    const form = new PerformanceFormPage(page);
    await form.save();
    const projectId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const found = (await form.findings()).join('\n');
    expect(found).toContain('致命 绩效目标申报表必填项：未填写：项目概况、立项依据、项目设立必要性、保证项目实施的制度、措施、项目实施计划、实施期总体目标、年度总体目标');
    expect(found).toContain('致命 绩效指标完整性：绩效指标不足：产出指标0个（至少1个），效益指标0个（至少1个），满意度指标0个（至少1个）');
    expect(found).toContain('致命 申报表资金与项目预算一致：年度资金总额与项目预算不一致：申报表0.00元，项目预算150,000.00元');

    await lines.goto({ year: DEMO_YEAR });
    const refusal = await lines.submitRefused();
    expect(refusal).toMatch(/^柳林县行政审批服务管理局有3项致命审核问题，修正后才能提交：/);
    expect(await lines.status()).toBe('草稿');

    await form.goto(projectId);
    await form.openEditor();
    for (const scope of ['实施期资金总额', '年度资金总额']) {
      await page.getByLabel(`${scope} 资金总额`).fill('150,000.00');
      await page.getByLabel(`${scope} 市县（区）财政资金`).fill('１５００００');
    }
    const texts: [string, string][] = [
      ['项目概况', '建设政务服务信息系统'],
      ['立项依据', '县政府常务会议纪要'],
      ['项目设立必要性', '提升政务服务效率'],
      ['保证项目实施的制度、措施', '专人负责，按制度支付'],
      ['项目实施计划', '上半年招标，下半年验收'],
      ['总体目标（实施期）', '系统上线运行'],
      ['总体目标（年度）', '完成系统建设'],
    ];
    for (const [label, text] of texts) await page.getByRole('form', { name: '绩效目标申报表' }).getByLabel(label, { exact: true }).fill(text);
    await form.addIndicator({ level1: '产出指标', name: '建成系统', operator: '≥', value: '1', unit: '套' });
    await form.addIndicator({ level1: '效益指标', name: '办事时限压缩率', operator: '≥', value: '10', unit: '%' });
    await form.addIndicator({ level1: '满意度指标', name: '群众满意度', operator: '≥', value: '95', unit: '%' });
    await form.save();
    expect(await form.findings()).toEqual([]);

    await lines.goto({ year: DEMO_YEAR });
    expect(await lines.acknowledgeWarnings('0元重复申报表，已与财政局核对')).toBeGreaterThan(0);
    await lines.submitForReview();
    expect(await lines.status()).toBe('已提交');
  });
});
