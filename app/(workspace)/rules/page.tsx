import { RuleEditor } from '@/components/checks/RuleEditor';
import { SeverityBadge } from '@/components/checks/severity';
import { Notice } from '@/components/ui/Notice';
import { Table, Td, Th } from '@/components/ui/Table';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { guardPage } from '@/lib/auth/page-guard';
import { readRules } from '@/lib/services/read/checks';
import { readFiscalYears } from '@/lib/services/read/reference';
import { PageFrame, Refused } from '../account/page-frame';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** 审核规则 per fiscal year (财政局审核, 系统管理员): each rule's 启用, 严重程度 and parameters; every change audited. */
export default async function RulesPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('rules.manage', '/rules');
  if (!access.ok) return <Refused message={access.message} />;
  const params = await searchParams;
  const years = await readFiscalYears(access.guarded);
  const fiscalYear = years.find((y) => String(y.year) === first(params.year)) ?? years[0];
  if (!fiscalYear) return <PageFrame title="审核规则"><Notice tone="warning">尚无预算年度</Notice></PageFrame>;
  const { year } = fiscalYear;
  const closed = fiscalYear.status === 'CLOSED';
  const rules = await readRules(access.guarded, year);

  return (
    <PageFrame title="审核规则">
      <QueryPicker
        fields={[{ name: 'year', label: '预算年度', value: String(year), options: years.map((y) => ({ value: String(y.year), label: `${y.year}年度${y.status === 'CLOSED' ? '（已关闭）' : ''}` })) }]}
      />
      <Notice tone="info">致命问题阻止单位提交和部门报送财政；警告须由单位财务逐项确认后才能提交；提示仅供参考。规则按预算年度设置，未设置的规则按默认值执行。</Notice>
      {closed && <Notice tone="warning">{year}年度已关闭，规则只能查看。</Notice>}
      <Table aria-label="审核规则">
        <thead>
          <tr>
            <Th>规则</Th>
            <Th>说明</Th>
            <Th>默认级别</Th>
            <Th>{year}年度设置</Th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.definition.id} data-rule={r.definition.id}>
              <Td>
                {r.definition.name}
                <br />
                <small>{r.definition.id}</small>
              </Td>
              <Td style={{ maxWidth: 420 }}>{r.definition.explanation}</Td>
              <Td>
                <SeverityBadge severity={r.definition.severity} />
              </Td>
              <Td>
                <RuleEditor key={`${year}:${r.definition.id}:${r.version ?? 0}`} year={year} definition={r.definition} setting={r.setting} version={r.version} readOnly={closed} />
                {r.updatedAt && <small>最近修改：{r.updatedAt.slice(0, 16).replace('T', ' ')}</small>}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </PageFrame>
  );
}
