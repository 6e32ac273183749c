/** The project a `?edit=<id>` asks for, read fresh with its version, only within the unit-year shown. */
import { getPrisma } from '@/lib/db/client';
import { findProject } from '@/lib/db/lines-repository';
import type { ProjectFormProps } from '@/components/projects/ProjectForm';

export type ProjectEdit = { kind: 'none' } | { kind: 'new' } | { kind: 'project'; project: NonNullable<ProjectFormProps['project']> } | { kind: 'missing' };

export async function projectEdit(edit: string | undefined, unitId: string, year: number): Promise<ProjectEdit> {
  if (!edit) return { kind: 'none' };
  if (edit === 'new') return { kind: 'new' };
  const project = await findProject(getPrisma(), edit);
  if (!project || project.unitId !== unitId || project.year !== year) return { kind: 'missing' };
  const { id, version, name, attribute, periodYears, sortOrder } = project;
  return { kind: 'project', project: { id, version, name, attribute, periodYears, sortOrder } };
}
