import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { projectToEdit } from '@/lib/services/read/projects';
import { loadUnitContext } from '@/lib/services/read/unit-context';
import { FindingsList } from '@/components/projects/FindingsList';
import { ProjectForm } from '@/components/projects/ProjectForm';
import { ProjectTable } from '@/components/projects/ProjectTable';
import { projectRows } from '@/components/projects/project-rows';
import { readUnitFindings } from '@/lib/services/read/checks';
import { buttonClass } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { QueryPicker } from '@/components/workspace/QueryPicker';
import { Refused } from '@/components/workspace/Refused';
import { UnitStatusBadge } from '@/components/workspace/StatusBadge';
import { unitField } from '@/components/workspace/pickers';
import { href, readParams, type SearchParams } from '../_data/params';

export const dynamic = 'force-dynamic';

/** 项目与绩效目标: the unit's projects with amounts, the project form and the 绩效目标 findings. */
export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await guardPage('unit.read', '/projects');
  if (!access.ok) return <Refused title="项目与绩效目标" message={access.message} />;
  const params = await readParams(searchParams);
  const loaded = await loadUnitContext(access.guarded, params, 'project.edit');
  if (!loaded.ok) return <Refused title="项目与绩效目标" message={loaded.message} />;
  const { year, units, departments, unit, department, budget, readOnlyReason } = loaded.context;
  const listHref = href('/projects', { unit: unit.id, year });
  const editable = readOnlyReason === null;
  const edit = editable ? await projectToEdit(access.guarded, params.edit, unit.id, year) : { kind: 'none' as const };
  const findings = await readUnitFindings(access.guarded, unit.id, year);
  const rows = projectRows(budget, unit.id, findings);

  return (
    <>
      <PageHeader
        title="项目与绩效目标"
        subtitle={
          <>
            {department.code} {department.name} · {unit.name} · {year}年度 <UnitStatusBadge status={unit.status} reason={unit.returnReason} />
          </>
        }
      >
        <QueryPicker fields={[unitField(units, departments, unit.id)]} keep={{ year: String(year) }} />
      </PageHeader>
      {readOnlyReason && <Notice tone="info">只读：{readOnlyReason}</Notice>}
      {edit.kind === 'missing' && <Notice tone="danger">要修改的项目不存在或不属于该单位，请刷新后重试。</Notice>}
      {(edit.kind === 'new' || edit.kind === 'project') && (
        <Section title={edit.kind === 'new' ? '新增项目' : '修改项目'}>
          <div style={{ background: '#fff', border: '1px solid var(--border)', borderRadius: 4, padding: 16 }}>
            <ProjectForm
              key={edit.kind === 'project' ? edit.project.id : 'new'}
              unitId={unit.id}
              year={year}
              project={edit.kind === 'project' ? edit.project : undefined}
              listHref={listHref}
            />
          </div>
        </Section>
      )}
      <Section
        title="项目列表"
        actions={
          editable &&
          edit.kind === 'none' && (
            <Link href={`${listHref}&edit=new`} className={buttonClass()}>
              新增项目
            </Link>
          )
        }
      >
        <ProjectTable rows={rows} editQuery={editable ? `unit=${encodeURIComponent(unit.id)}&year=${year}` : null} />
      </Section>
      <Section title="绩效目标审核提示">
        <FindingsList findings={rows.flatMap((r) => r.findings)} />
      </Section>
    </>
  );
}
