import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { performanceForms } from '@/lib/budget/performance';
import { renderPerformanceForm } from '@/lib/budget/report-wire';
import { loadDepartmentBudget } from '@/lib/db/budget-repository';
import { getPrisma } from '@/lib/db/client';
import { findProject } from '@/lib/db/lines-repository';
import { FindingsList } from '@/components/projects/FindingsList';
import { PerformanceFormSheet } from '@/components/projects/PerformanceFormSheet';
import { projectRows } from '@/components/projects/project-rows';
import { Notice } from '@/components/ui/Notice';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';
import { scopeDepartments, scopeUnits } from '../../_data/scope';

export const dynamic = 'force-dynamic';

const TITLE = '绩效目标申报表';

/** One project's 绩效目标申报表 as printed, with its findings; only for a project in the caller's scope. */
export default async function PerformanceFormPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await guardPage('unit.read', `/projects/${encodeURIComponent(projectId)}`);
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const project = await findProject(getPrisma(), projectId);
  const units = project ? await scopeUnits(access.guarded.scope, project.year) : [];
  const unit = units.find((u) => u.id === project?.unitId);
  if (!project || !unit) return <Refused title={TITLE} message="项目不存在，或不在您的查看范围内。" />;
  const department = (await scopeDepartments(access.guarded.scope, project.year)).find((d) => d.id === unit.departmentId);
  const budget = department ? await loadDepartmentBudget(getPrisma(), department.code, project.year) : null;
  const form = budget ? performanceForms(budget).find((f) => f.projectId === project.id) : undefined;
  const findings = budget ? (projectRows(budget, unit.id).find((r) => r.id === project.id)?.findings ?? []) : [];
  const back = `/projects?unit=${encodeURIComponent(unit.id)}&year=${project.year}`;

  return (
    <>
      <PageHeader title={TITLE} subtitle={`${unit.name} · ${project.name} · ${project.year}年度`}>
        <Link href={back}>返回项目列表</Link>
      </PageHeader>
      <Section title="审核提示">
        <FindingsList findings={findings} />
      </Section>
      {form ? (
        <PerformanceFormSheet form={renderPerformanceForm(form)} year={project.year} />
      ) : (
        <Notice tone="info">该项目尚未填报绩效目标申报表。</Notice>
      )}
      <p style={{ color: 'var(--muted)', fontSize: 13 }}>绩效目标申报表目前只读：系统尚未提供申报表的修改接口。</p>
    </>
  );
}
