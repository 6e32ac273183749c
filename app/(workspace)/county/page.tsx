import { guardPage } from '@/lib/auth/page-guard';
import { readCounty } from '@/lib/services/county';
import { AppError } from '@/lib/errors';
import { CountyTables } from '@/components/county/CountyTables';
import { CountyToolbar } from '@/components/county/CountyToolbar';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { CountyOverviewTable } from '@/components/county/CountyOverviewTable';
import { readParams, type SearchParams } from '../_data/params';
import { readCountyOverview } from '@/lib/services/read/county-overview';
import { readPeriod } from '@/lib/services/read/years';

export const dynamic = 'force-dynamic';

const TITLE = '全县汇总';

/**
 * 全县汇总 for the finance bureau: every department of the year with its state, unit counts,
 * totals and change from last year (filter ?state=), then 表1–3 summed by 功能 类 and 款.
 * The year is the shell's (?year=, else the year with work waiting).
 */
export default async function CountyPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('consolidated.read', '/county');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const params = await readParams(searchParams);
  const { year } = await readPeriod(access.guarded, params.year);
  if (year === null) return <Refused title={TITLE} message="尚未设置预算年度，请联系系统管理员。" />;
  const amountUnit = params.unit === '元' ? '元' : '万元';

  let report, overview;
  try {
    [report, overview] = await Promise.all([
      readCounty(access.guarded, { year, unit: amountUnit }),
      readCountyOverview(access.guarded, { year, unit: amountUnit, state: params.state }),
    ]);
  } catch (error) {
    if (error instanceof AppError) return <Refused title={TITLE} message={error.message} />;
    throw error;
  }

  return (
    <>
      <PageHeader title={TITLE} subtitle={`${year}年度 全县部门预算汇总（按功能分类 类、款）· 汇总部门 ${report.departments} 个`}>
        <CountyToolbar year={year} amountUnit={amountUnit} state={overview.state} />
      </PageHeader>
      <Section title="全县部门概况">
        <CountyOverviewTable overview={overview} />
      </Section>
      <Section title="全县汇总表（按功能分类 类、款）">
        <CountyTables report={report} />
      </Section>
    </>
  );
}
