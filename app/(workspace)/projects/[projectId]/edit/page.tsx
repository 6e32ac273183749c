import { guardPage } from '@/lib/auth/page-guard';
import { loadProjectContext, readPerformanceForm } from '@/lib/services/read/projects';
import { PerformanceFormEditor } from '@/components/projects/PerformanceFormEditor';
import { PageHeader } from '@/components/workspace/PageHeader';
import { Refused } from '@/components/workspace/Refused';

export const dynamic = 'force-dynamic';

const TITLE = '填报绩效目标申报表';

/** The 绩效目标申报表 editor, for the accountant of the project's unit while the unit is editable. */
export default async function EditPerformanceFormPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await guardPage('project.edit', `/projects/${encodeURIComponent(projectId)}/edit`);
  if (!access.ok) return <Refused title={TITLE} message={access.message} />;
  const context = await loadProjectContext(access.guarded, projectId);
  if (!context) return <Refused title={TITLE} message="项目不存在，或不在您的查看范围内。" />;
  if (context.readOnlyReason) return <Refused title={TITLE} message={`只读：${context.readOnlyReason}`} />;
  const { project, unit } = context;
  const stored = await readPerformanceForm(access.guarded, project.id);
  const viewHref = `/projects/${encodeURIComponent(project.id)}`;

  return (
    <>
      <PageHeader title={stored ? '修改绩效目标申报表' : TITLE} subtitle={`${unit.name} · ${project.name} · ${project.year}年度（金额单位：元）`} />
      <PerformanceFormEditor
        key={project.id}
        projectId={project.id}
        initial={stored ? { version: stored.version, values: stored.data } : undefined}
        viewHref={viewHref}
      />
    </>
  );
}
