import { guardPage } from '@/lib/auth/page-guard';
import { loadUnitContext } from '@/lib/services/read/unit-context';
import { ProcurementForm } from '@/components/procurement/ProcurementForm';
import { ProcurementTable } from '@/components/procurement/ProcurementTable';
import { procurementRows, procurementTotals } from '@/components/procurement/procurement-rows';
import { Notice } from '@/components/ui/Notice';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { Refused } from '@/components/workspace/Refused';
import { UnitStatusBadge } from '@/components/workspace/StatusBadge';
import { unitField } from '@/components/workspace/pickers';
import { readParams, type SearchParams } from '../_data/params';

export const dynamic = 'force-dynamic';

/** 政府采购: the unit's entries (货物/工程/服务) and, while editable, the form to add one. */
export default async function ProcurementPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('unit.read', '/procurement');
  if (!access.ok) return <Refused title="政府采购" message={access.message} />;
  const loaded = await loadUnitContext(access.guarded, await readParams(searchParams), 'procurement.edit');
  if (!loaded.ok) return <Refused title="政府采购" message={loaded.message} />;
  const { year, units, departments, unit, department, budget, readOnlyReason } = loaded.context;
  const projects = budget.projects.filter((p) => p.unitId === unit.id).map((p) => ({ value: p.id, label: p.name }));

  return (
    <>
      <PageHeader
        title="政府采购"
        subtitle={
          <>
            {department.code} {department.name} · {unit.name} · {year}年度 <UnitStatusBadge status={unit.status} reason={unit.returnReason} />
          </>
        }
      >
        <QueryPicker fields={[unitField(units, departments, unit.id)]} keep={{ year: String(year) }} />
      </PageHeader>
      {readOnlyReason && <Notice tone="info">只读：{readOnlyReason}</Notice>}
      <Section title="政府采购预算">
        <ProcurementTable rows={procurementRows(budget, unit.id)} totals={procurementTotals(budget, unit.id)} />
      </Section>
      {!readOnlyReason && (
        <Section title="新增政府采购">
          <div style={{ background: '#fff', border: '1px solid var(--border)', borderRadius: 4, padding: 16 }}>
            <ProcurementForm unitId={unit.id} year={year} projects={projects} />
          </div>
        </Section>
      )}
    </>
  );
}
