import Link from 'next/link';
import { AddCodeForm } from '@/components/admin/AddCodeForm';
import { CodeDiffSection } from '@/components/admin/CodeDiffSection';
import { CodeTable } from '@/components/admin/CodeTable';
import { CopyYearForm } from '@/components/admin/CopyYearForm';
import { MappingGrid } from '@/components/admin/MappingGrid';
import { buttonClass } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { guardPage } from '@/lib/auth/page-guard';
import type { Guarded } from '@/lib/auth/guard';
import { CODE_KINDS, CODE_KIND_LABEL, type CodeKind } from '@/lib/schemas/reference';
import { readCodeDiff, readCodes, readFiscalYears, readMappings } from '@/lib/services/read/reference';
import { PageFrame, Refused } from '../../account/page-frame';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Tab = CodeKind | 'mapping';

const TABS: readonly { tab: Tab; label: string }[] = [...CODE_KINDS.map((kind) => ({ tab: kind, label: CODE_KIND_LABEL[kind] })), { tab: 'mapping', label: '经济分类对照表' }];
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** 分类科目与对照表 per fiscal year (系统管理员): 功能 / 部门经济 / 政府经济 科目, the 对照表, 创建新年度. */
export default async function ReferencePage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('reference.manage', '/admin/reference');
  if (!access.ok) return <Refused message={access.message} />;
  const params = await searchParams;
  const years = await readFiscalYears(access.guarded);
  const fiscalYear = years.find((y) => String(y.year) === first(params.year)) ?? years[0];
  const tab = TABS.find((t) => t.tab === first(params.tab))?.tab ?? 'functional';
  if (!fiscalYear) return <PageFrame title="分类科目与对照表"><Notice tone="warning">尚无预算年度</Notice></PageFrame>;
  const { year } = fiscalYear;
  const closed = fiscalYear.status === 'CLOSED';
  const diff = await readCodeDiff(access.guarded, year);

  return (
    <PageFrame title="分类科目与对照表">
      <QueryPicker
        fields={[{ name: 'year', label: '预算年度', value: String(year), options: years.map((y) => ({ value: String(y.year), label: `${y.year}年度${y.status === 'CLOSED' ? '（已关闭）' : ''}` })) }]}
        keep={{ tab }}
      />
      <CopyYearForm years={years.map((y) => y.year)} />
      {diff && <CodeDiffSection diff={diff} />}
      {closed && <Notice tone="warning">{year}年度已关闭，基础数据只能查看；如需修改，请先重新开放该年度。</Notice>}
      <nav aria-label="基础数据类别" style={{ display: 'flex', gap: 8, margin: '16px 0' }}>
        {TABS.map((t) => (
          <Link key={t.tab} href={`/admin/reference?year=${year}&tab=${t.tab}`} className={buttonClass(t.tab === tab ? 'primary' : 'default')} aria-current={t.tab === tab ? 'page' : undefined}>
            {t.label}
          </Link>
        ))}
      </nav>
      {tab === 'mapping' ? <MappingTab g={access.guarded} year={year} readOnly={closed} /> : <CodesTab g={access.guarded} year={year} kind={tab} readOnly={closed} />}
    </PageFrame>
  );
}

async function CodesTab({ g, year, kind, readOnly }: { g: Guarded; year: number; kind: CodeKind; readOnly: boolean }) {
  const codes = await readCodes(g, year, kind);
  return (
    <>
      {!readOnly && <AddCodeForm key={`${year}-${kind}`} year={year} kind={kind} />}
      <CodeTable year={year} kind={kind} codes={codes} readOnly={readOnly} />
    </>
  );
}

async function MappingTab({ g, year, readOnly }: { g: Guarded; year: number; readOnly: boolean }) {
  const [deptEcon, govEcon, rows] = await Promise.all([readCodes(g, year, 'deptEcon'), readCodes(g, year, 'govEcon'), readMappings(g, year)]);
  return <MappingGrid year={year} deptEcon={deptEcon} govEcon={govEcon} rows={rows} readOnly={readOnly} />;
}
