'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button, buttonClass } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { createProjectAction, updateProjectAction } from '@/lib/actions/projects';
import { createProjectSchema } from '@/lib/schemas/project';
import { useEditSession } from '@/components/workspace/use-edit-session';
import { ATTRIBUTE_LABEL } from './project-rows';
import { ProblemNotice } from '@/components/ui/ProblemNotice';

type ProjectInput = z.input<typeof createProjectSchema>;
type ProjectOutput = z.output<typeof createProjectSchema>;

export interface ProjectFormProps {
  unitId: string;
  year: number;
  /** The project being edited and the version it was read at; absent for a new project. */
  project?: { id: string; version: number; name: string; attribute: ProjectInput['attribute']; periodYears: number; sortOrder: number };
  listHref: string;
}

const ATTRIBUTES = Object.entries(ATTRIBUTE_LABEL).map(([value, label]) => ({ value, label }));

/** Add or edit a 项目 (名称, 属性, 项目期, 排序); the shared schema checks it here and on the server. */
export function ProjectForm(props: ProjectFormProps) {
  // The form edits the project as loaded; 载入最新数据 starts it over from the newest version.
  const { loaded, reloadLatest } = useEditSession(props.project);
  return <ProjectFormBody key={loaded?.version ?? 'new'} {...props} project={loaded} reloadLatest={reloadLatest} />;
}

function ProjectFormBody({ unitId, year, project, listHref, reloadLatest }: ProjectFormProps & { reloadLatest: () => void }) {
  const router = useRouter();
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<ProjectInput, unknown, ProjectOutput>({
    resolver: zodResolver(createProjectSchema),
    defaultValues: project ? { unitId, year, ...project } : { unitId, year, name: '', attribute: 'ONE_OFF', periodYears: 1, sortOrder: 0 },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async ({ unitId: _unit, year: _year, ...fields }) => {
    const result = project
      ? await updateProjectAction({ id: project.id, version: project.version, ...fields })
      : await createProjectAction({ unitId, year, ...fields });
    if (result.ok) {
      router.push(listHref);
      router.refresh();
      return;
    }
    const { field } = result;
    if (field === 'name' || field === 'attribute' || field === 'periodYears' || field === 'sortOrder') setError(field, { message: result.error });
    else setProblem({ message: result.error, conflict: result.status === 409 });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={project ? '修改项目' : '新增项目'} style={{ display: 'grid', gap: 12 }}>
      <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr 1fr 1fr', gap: 12 }}>
        <Field label="项目名称" error={errors.name?.message}>
          <Input autoComplete="off" invalid={Boolean(errors.name)} {...register('name')} />
        </Field>
        <Field label="项目属性" error={errors.attribute?.message}>
          <Select options={ATTRIBUTES} {...register('attribute')} />
        </Field>
        <Field label="项目期（年）" error={errors.periodYears?.message}>
          <Input type="number" min={1} max={20} invalid={Boolean(errors.periodYears)} {...register('periodYears', { valueAsNumber: true })} />
        </Field>
        <Field label="排序号" error={errors.sortOrder?.message}>
          <Input type="number" min={0} invalid={Boolean(errors.sortOrder)} {...register('sortOrder', { valueAsNumber: true })} />
        </Field>
      </div>
      {problem && (
<ProblemNotice message={problem.message} onReload={problem.conflict ? reloadLatest : undefined} />
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? '正在保存…' : '保存'}
        </Button>
        <Link href={listHref} className={buttonClass()}>
          取消
        </Link>
      </div>
    </form>
  );
}
