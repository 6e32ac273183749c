import { guardPage } from '@/lib/auth/page-guard';
import { readCounty } from '@/lib/services/county';
import { AppError } from '@/lib/errors';
import { CountyTables } from '@/components/county/CountyTables';
import { CountyToolbar } from '@/components/county/CountyToolbar';
import { PageHeader } from '@/components/workspace/PageHeader';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { Refused } from '@/components/workspace/Refused';
import { yearField } from '@/components/workspace/pickers';
import { readParams, type SearchParams } from '../_data/params';
import { readPeriod } from '@/lib/services/read/years';

export const dynamic = 'force-dynamic';

const TITLE = '全县汇总';

/** 全县汇总: every department's 表1–3 summed by 功能 类, for the finance bureau. */
export default async function CountyPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('consolidated.read', '/county');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const params = await readParams(searchParams);
  const { years, year } = await readPeriod(access.guarded, params.year);
  if (year === null) return <Refused title={TITLE} message="尚未设置预算年度，请联系系统管理员。" />;
  const amountUnit = params.unit === '元' ? '元' : '万元';

  let report;
  try {
    report = await readCounty(access.guarded, { year, unit: amountUnit });
  } catch (error) {
    if (error instanceof AppError) return <Refused title={TITLE} message={error.message} />;
    throw error;
  }

  return (
    <>
      <PageHeader title={TITLE} subtitle={`${year}年度 全县部门预算汇总（按功能分类 类、款）· 汇总部门 ${report.departments} 个`}>
        <QueryPicker fields={[yearField(years, year)]} keep={{ unit: amountUnit }} />
        <CountyToolbar year={year} amountUnit={amountUnit} />
      </PageHeader>
      <CountyTables report={report} />
    </>
  );
}
