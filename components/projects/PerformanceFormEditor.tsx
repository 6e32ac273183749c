'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Button, buttonClass } from '@/components/ui/Button';
import { Field, Input, TextArea } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { savePerformanceFormAction } from '@/lib/actions/projects';
import { performanceFormSchema } from '@/lib/schemas/performance';
import { useEditSession } from '@/components/workspace/use-edit-session';
import { FundsEditor } from './FundsEditor';
import { IndicatorsEditor } from './IndicatorsEditor';
import { blankToNull, EMPTY_FORM, type PerformanceOutput, type PerformanceValues } from './performance-form-types';
import { ProblemNotice } from '@/components/ui/ProblemNotice';

const TEXTS = [
  { name: 'overview', label: '项目概况' },
  { name: 'basis', label: '立项依据' },
  { name: 'necessity', label: '项目设立必要性' },
  { name: 'safeguards', label: '保证项目实施的制度、措施' },
  { name: 'plan', label: '项目实施计划' },
  { name: 'goalPeriod', label: '总体目标（实施期）' },
  { name: 'goalAnnual', label: '总体目标（年度）' },
] as const;

export interface PerformanceFormEditorProps {
  projectId: string;
  /** The stored form and the version it was read at; absent when the project has none yet. */
  initial?: { version: number; values: PerformanceValues };
  viewHref: string;
}

/** 填报/修改 a project's 绩效目标申报表: the whole form is saved at once, carrying the version it was read at. */
export function PerformanceFormEditor(props: PerformanceFormEditorProps) {
  // The form edits the 申报表 as loaded; 载入最新数据 starts it over from the newest version.
  const { loaded, reloadLatest } = useEditSession(props.initial);
  return <EditorBody key={loaded?.version ?? 'new'} {...props} initial={loaded} reloadLatest={reloadLatest} />;
}

function EditorBody({ projectId, initial, viewHref, reloadLatest }: PerformanceFormEditorProps & { reloadLatest: () => void }) {
  const router = useRouter();
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const methods = useForm<PerformanceValues, unknown, PerformanceOutput>({
    resolver: zodResolver(performanceFormSchema),
    defaultValues: initial?.values ?? EMPTY_FORM,
  });
  const { register, handleSubmit, formState } = methods;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const result = await savePerformanceFormAction({ ...values, id: projectId, version: initial?.version });
    if (result.ok) {
      router.push(viewHref);
      router.refresh();
      return;
    }
    setProblem({ message: result.error, conflict: result.status === 409 });
  });

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate aria-label="绩效目标申报表" style={{ display: 'grid', gap: 16, maxWidth: 1100 }}>
        <FundsEditor />
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          {TEXTS.map((t) => (
            <Field key={t.name} label={t.label} error={errors[t.name]?.message}>
              <TextArea rows={3} {...register(t.name)} />
            </Field>
          ))}
        </div>
        <IndicatorsEditor />
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12, maxWidth: 520 }}>
          <Field label="经办人" error={errors.contactPerson?.message}>
            <Input {...register('contactPerson', { setValueAs: blankToNull })} />
          </Field>
          <Field label="联系电话" error={errors.contactPhone?.message}>
            <Input {...register('contactPhone', { setValueAs: blankToNull })} />
          </Field>
        </div>
        {Object.keys(errors).length > 0 && <Notice tone="danger">申报表有未通过校验的内容，请按红色提示修改。</Notice>}
        {problem && (
<ProblemNotice message={problem.message} onReload={problem.conflict ? reloadLatest : undefined} />
        )}
        <div style={{ display: 'flex', gap: 8 }}>
          <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? '正在保存…' : '保存申报表'}
          </Button>
          <Link href={viewHref} className={buttonClass()}>
            取消
          </Link>
        </div>
      </form>
    </FormProvider>
  );
}
