/**
 * 增减变动原因 in the browser: the leader enters a 上年数 that makes 公务接待费 move by 20.00 %, sees the
 * item flagged 致命 in the 增减变动原因 panel of the 情况说明 page, writes the reason there, and the
 * 审核报送 page's 审核问题汇总 shows the department level clear again.
 * A browser test because the panel (row, badge, save, refresh) is UI.
 */
import { describe, expect, it } from 'vitest';
import { ApprovalPage } from './pages/ApprovalPage';
import { NarrativePage } from './pages/NarrativePage';
import { DEMO_YEAR, useJourney } from './support/journey';

describe('增减变动原因 journey', () => {
  const journey = useJourney('e2e_change_reasons');

  it('the leader is asked for the reason of a 三公 item that moved ≥ 10 %, enters it, and the finding is gone', async () => {
    const page = await journey.signIn('lingdao');
    const narrative = new NarrativePage(page);
    await narrative.goto(DEMO_YEAR);
    await narrative.enterPriorYear('公务接待费', '3,000.00');
    const row = narrative.reasonRow('threePublic:reception');
    // 3,600.00 against 3,000.00: +600.00 元 = 0.06万元, +20.00 %.
    await expect.poll(() => row.innerText()).toContain('比上年增加0.06万元、增长20.00%');
    expect(await row.innerText()).toContain('致命');

    const approval = new ApprovalPage(page);
    await approval.goto(DEMO_YEAR);
    const summary = page.getByRole('table', { name: '柳林县行政审批服务管理局审核问题汇总' });
    expect(await summary.locator('tr', { hasText: '部门层面' }).locator('td').nth(1).innerText()).toBe('1');

    await narrative.goto(DEMO_YEAR);
    await narrative.enterReason('threePublic:reception', '新增招商引资接待任务');
    await expect.poll(() => narrative.reasonRow('threePublic:reception').innerText()).toContain('已说明');

    await approval.goto(DEMO_YEAR);
    expect(await summary.locator('tr', { hasText: '部门层面' }).locator('td').nth(1).innerText()).toBe('0');
  });
});
