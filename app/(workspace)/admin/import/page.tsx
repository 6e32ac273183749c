import { Notice } from '@/components/ui/Notice';
import { ImportForm } from '@/components/workbook/ImportForm';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { guardPage } from '@/lib/auth/page-guard';
import { readFiscalYears } from '@/lib/services/read/reference';
import { PageFrame, Refused } from '../../account/page-frame';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** 导入工作簿 (系统管理员): the whole county — 单位, 科目, 项目, 明细, 政府采购, 上年数 — from one file. */
export default async function ImportPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('reference.manage', '/admin/import');
  if (!access.ok) return <Refused message={access.message} />;
  const params = await searchParams;
  const years = await readFiscalYears(access.guarded);
  const fiscalYear = years.find((y) => String(y.year) === first(params.year)) ?? years[0];
  if (!fiscalYear) return <PageFrame title="导入工作簿"><Notice tone="warning">尚无预算年度</Notice></PageFrame>;

  return (
    <PageFrame title="导入工作簿">
      <QueryPicker fields={[{ name: 'year', label: '预算年度', value: String(fiscalYear.year), options: years.map((y) => ({ value: String(y.year), label: `${y.year}年度` })) }]} />
      <Notice tone="info">
        工作簿中出现的单位，其明细行、政府采购以该文件为准（整体替换）；未出现的单位不受影响。已提交、已审核的单位或已报送财政的部门不能导入。先点“检查（试导入）”查看结果，再导入。
      </Notice>
      <ImportForm year={fiscalYear.year} exportQuery="" acceptCsv={false} />
    </PageFrame>
  );
}
