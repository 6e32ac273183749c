import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { AppError } from '@/lib/errors';
import { reportCellQuerySchema } from '@/lib/schemas/report';
import { readDepartmentCell } from '@/lib/services/read/report-cell';
import { CellLines } from '@/components/disclosure/CellLines';
import { PageHeader } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { href, readParams, type SearchParams } from '../../_data/params';

export const dynamic = 'force-dynamic';

const TITLE = '数据构成：预算明细';

/**
 * The lines behind one amount of a report (docs/domain.md §13), as a page: where a report's amount
 * links lead without JavaScript (with it, the report page opens the same content in a dialog).
 * Same read and access rule as GET /api/report/cell.
 */
export default async function ReportCellPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('report.read', '/report');
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const params = await readParams(searchParams);
  const parsed = reportCellQuerySchema.safeParse(params);
  if (!parsed.success) return <Refused title={TITLE} message={parsed.error.issues[0]?.message ?? '查询参数不正确'} />;
  const unit = params.unit === '元' ? '元' : '万元';
  let result;
  try {
    result = await readDepartmentCell(access.guarded, parsed.data);
  } catch (error) {
    if (error instanceof AppError) return <Refused title={TITLE} message={error.message} />;
    throw error;
  }
  const back = `${href('/report', { department: result.department, year: result.year, unit })}#table-${result.cell.table.number}`;
  return (
    <>
      <PageHeader title={TITLE} subtitle={<Link href={back}>返回公开报表</Link>} />
      <CellLines cell={result.cell} unit={unit} />
    </>
  );
}
