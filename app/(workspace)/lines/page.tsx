import { guardPage } from '@/lib/auth/page-guard';
import { mayCopyYear } from '@/lib/auth/edit-access';
import { can } from '@/lib/auth/permissions';
import { unitLineStamps } from '@/lib/services/read/lines';
import { loadUnitContext } from '@/lib/services/read/unit-context';
import { CopyYearDialog } from '@/components/lines/CopyYearDialog';
import { LinesGrid } from '@/components/lines/LinesGrid';
import { gridOptions, lineRows } from '@/components/lines/line-rows';
import { SubmitUnitButton } from '@/components/lines/SubmitUnitButton';
import { FindingsPanel } from '@/components/checks/FindingsPanel';
import { readUnitFindings } from '@/lib/services/read/checks';
import { Notice } from '@/components/ui/Notice';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { Refused } from '@/components/workspace/Refused';
import { UnitStatusBadge } from '@/components/workspace/StatusBadge';
import { ImportForm } from '@/components/workbook/ImportForm';
import { unitField } from '@/components/workspace/pickers';
import { readParams, type SearchParams } from '../_data/params';

export const dynamic = 'force-dynamic';

/** 预算编制: the 预算明细行 of one unit-year in the caller's scope, edited in place in the grid, and 提交审核. */
export default async function LinesPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('unit.read', '/lines');
  if (!access.ok) return <Refused title="预算编制" message={access.message} />;
  const params = await readParams(searchParams);
  const loaded = await loadUnitContext(access.guarded, params, 'line.edit');
  if (!loaded.ok) return <Refused title="预算编制" message={loaded.message} />;
  const { year, years, units, departments, unit, department, budget, readOnlyReason } = loaded.context;
  const editable = readOnlyReason === null;
  const stamps = await unitLineStamps(access.guarded, unit, year);
  const maySubmit = editable && can(access.guarded.actor.role, 'unit.submit');
  const { role } = access.guarded.actor;
  const mayCopy = mayCopyYear(access.guarded, editable, { year, closed: years.find((y) => y.year === year)?.closed ?? false }, department.status);
  const findings = await readUnitFindings(access.guarded, unit.id, year);
  const blocking = {
    fatal: findings.filter((f) => f.severity === 'FATAL').length,
    unacknowledged: findings.filter((f) => f.severity === 'WARN' && f.acknowledgement === null).length,
  };

  return (
    <>
      <PageHeader
        title="预算编制"
        subtitle={
          <>
            {department.code} {department.name} · {unit.name} · {year}年度 <UnitStatusBadge status={unit.status} reason={unit.returnReason} />
          </>
        }
      >
        <QueryPicker fields={[unitField(units, departments, unit.id)]} keep={{ year: String(year) }} />
      </PageHeader>
      {unit.status === 'RETURNED' && unit.returnReason && <Notice tone="warning">单位预算已退回，退回原因：{unit.returnReason}</Notice>}
      {readOnlyReason && <Notice tone="info">只读：{readOnlyReason}</Notice>}
      <Section
        title="预算明细行"
        actions={
          <>
            {mayCopy && <CopyYearDialog year={year} unit={unit} department={role === 'DEPT_LEADER' ? department : null} />}
            {maySubmit && <SubmitUnitButton unitId={unit.id} year={year} unitName={unit.name} blocking={blocking} />}
          </>
        }
      >
        <LinesGrid key={`${unit.id}/${year}`} rows={lineRows(budget, unit.id, stamps)} options={gridOptions(budget, unit.id)} unitId={unit.id} year={year} editable={editable} />
      </Section>
      <Section title="审核问题">
        <FindingsPanel findings={findings} unitId={unit.id} year={year} mayAcknowledge={maySubmit} />
      </Section>
      {editable && can(access.guarded.actor.role, 'workbook.import') && (
        <Section title="导入工作簿（替换本单位的明细行）">
          <ImportForm year={year} exportQuery={`unitId=${encodeURIComponent(unit.id)}`} acceptCsv />
        </Section>
      )}
    </>
  );
}
