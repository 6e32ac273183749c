import Link from 'next/link';
import { guardPage } from '@/lib/auth/page-guard';
import { performanceForms } from '@/lib/budget/performance';
import { renderPerformanceForm } from '@/lib/budget/report-wire';
import { loadProjectContext, readProjectRemoval } from '@/lib/services/read/projects';
import { FindingsList } from '@/components/projects/FindingsList';
import { PerformanceFormSheet } from '@/components/projects/PerformanceFormSheet';
import { ProjectRemoval } from '@/components/projects/ProjectRemoval';
import { readUnitFindings } from '@/lib/services/read/checks';
import { buttonClass } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { PageHeader, Section } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';

export const dynamic = 'force-dynamic';

const TITLE = '绩效目标申报表';

/** One project's 绩效目标申报表 as printed, with its findings; only for a project in the caller's scope. */
export default async function PerformanceFormPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await guardPage('unit.read', `/projects/${encodeURIComponent(projectId)}`);
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const context = await loadProjectContext(access.guarded, projectId);
  if (!context) return <Refused title={TITLE} message="项目不存在，或不在您的查看范围内。" />;
  const { project, unit, budget, readOnlyReason } = context;
  const form = performanceForms(budget).find((f) => f.projectId === project.id);
  const findings = (await readUnitFindings(access.guarded, unit.id, project.year)).filter((f) => f.projectId === project.id);
  const back = `/projects?unit=${encodeURIComponent(unit.id)}&year=${project.year}`;
  const removal = readOnlyReason === null ? await readProjectRemoval(access.guarded, project.id) : null;

  return (
    <>
      <PageHeader title={TITLE} subtitle={`${unit.name} · ${project.name} · ${project.year}年度`}>
        {readOnlyReason === null && (
          <Link href={`/projects/${encodeURIComponent(project.id)}/edit`} className={buttonClass('primary')}>
            {form ? '修改申报表' : '填报申报表'}
          </Link>
        )}
        {removal && <ProjectRemoval project={removal.project} others={removal.others} back={back} />}
        <Link href={`/history?entity=project&id=${encodeURIComponent(project.id)}`} className={buttonClass()}>
          修改历史
        </Link>
        <Link href={back} className={buttonClass()}>
          返回项目列表
        </Link>
      </PageHeader>
      <Section title="审核提示">
        <FindingsList findings={findings} />
      </Section>
      {form && (
        <p>
          <Link href={`/history?entity=form&id=${encodeURIComponent(project.id)}`}>绩效目标申报表修改历史</Link>
        </p>
      )}
      {form ? <PerformanceFormSheet form={renderPerformanceForm(form)} year={project.year} /> : <Notice tone="info">该项目尚未填报绩效目标申报表。</Notice>}
    </>
  );
}
