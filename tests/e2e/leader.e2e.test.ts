/**
 * 部门领导 (lingdao): approves one submitted unit and returns the other with a reason; the
 * returned unit's accountant sees the reason and can edit again.
 * A browser test because the approval dialogs (with the required reason) and the read-only states are UI.
 */
import { describe, expect, it } from 'vitest';
import { ApprovalPage } from './pages/ApprovalPage';
import { LinesPage } from './pages/LinesPage';
import { PerformanceFormPage } from './pages/PerformanceFormPage';
import { BUREAU_UNIT_CODE, CENTRE_UNIT_CODE, DEMO_YEAR, useJourney } from './support/journey';

describe('部门领导 journey', () => {
  const journey = useJourney('e2e_leader');
  const reason = '请补充12345热线项目的绩效目标';

  it('approves one unit and returns the other with a reason', async () => {
    for (const accountant of ['caiwu', 'caiwu2']) {
      const lines = new LinesPage(await journey.signIn(accountant));
      await lines.goto({ year: DEMO_YEAR });
      await lines.acknowledgeWarnings('已核对'); // 提交 needs each warning acknowledged
      await lines.submitForReview();
    }

    const approval = new ApprovalPage(await journey.signIn('lingdao'));
    await approval.goto(DEMO_YEAR);
    expect(await approval.unitStatus(BUREAU_UNIT_CODE)).toBe('已提交');
    await approval.approveUnit(BUREAU_UNIT_CODE);
    await approval.returnUnit(CENTRE_UNIT_CODE, reason);

    await approval.goto(DEMO_YEAR);
    expect(await approval.unitStatus(BUREAU_UNIT_CODE)).toBe('已审核');
    expect(await approval.unitStatus(CENTRE_UNIT_CODE)).toBe('已退回');
    expect(await approval.unitReturnReason(CENTRE_UNIT_CODE)).toBe(reason);
  });

  it('shows the returned unit editable again, with the reason, to its accountant', async () => {
    const page = await journey.signIn('caiwu2');
    const lines = new LinesPage(page);
    await lines.goto({ year: DEMO_YEAR });
    expect(await lines.status()).toBe('已退回');
    await expect.poll(() => page.getByRole('alert').allInnerTexts()).toContain(`单位预算已退回，退回原因：${reason}`);
    expect(await lines.readOnlyReason()).toBeNull();
    expect(await lines.canAdd()).toBe(true);
    expect(await lines.canSubmit()).toBe(true);
  });

  it('lets the returned unit fix the 满意度 indicator that the findings flag', async () => {
    const form = new PerformanceFormPage(await journey.signIn('caiwu2'));
    await form.goto('p-hotline12345');
    expect((await form.findings()).join()).toContain('满意度应设下限');
    await form.openEditor();
    await form.setOperator('新办企业满意度', '≥');
    await form.save();
    expect(await form.findings()).toEqual([]);
  });

  it('a new indicator switched to 满意度指标 takes that 一级’s 二级 and saves', async () => {
    const form = new PerformanceFormPage(await journey.signIn('caiwu2'));
    await form.goto('p-hotline12345');
    await form.openEditor();
    await form.addIndicator({ level1: '满意度指标', name: '办事群众满意度', operator: '≥', value: '95', unit: '%' });
    expect(await form.lastLevel2()).toBe('服务对象满意度指标');
    await form.save();
    await form.goto('p-hotline12345');
    expect(await form.findings()).toEqual([]);
  });

  it('shows the approved unit read-only to its accountant and to the leader', async () => {
    const lines = new LinesPage(await journey.signIn('caiwu'));
    await lines.goto({ year: DEMO_YEAR });
    expect(await lines.status()).toBe('已审核');
    expect(await lines.readOnlyReason()).toContain('单位预算已审核，不能修改');

    const leaderLines = new LinesPage(await journey.signIn('lingdao'));
    await leaderLines.goto({ year: DEMO_YEAR });
    expect(await leaderLines.readOnlyReason()).toContain('部门领导只能查看，不能修改');
  });
});
