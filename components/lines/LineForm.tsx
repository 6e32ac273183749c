'use client';

import Link from 'next/link';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { Button, buttonClass } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { createLineSchema } from '@/lib/schemas/line';
import type { LineFormOptions } from './line-rows';
import { useEditSession } from '@/components/workspace/use-edit-session';
import { useLineSubmit, type EditedLine, type LineOutput } from './use-line-submit';
import { ProblemNotice } from '@/components/ui/ProblemNotice';

type LineInput = z.input<typeof createLineSchema>;

export interface LineFormProps {
  unitId: string;
  year: number;
  options: LineFormOptions;
  /** The line being edited with the version it was read at; absent for a new line. */
  line?: EditedLine & { values: Omit<LineInput, 'unitId' | 'year'> };
  listHref: string;
}

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const FIELDS: readonly FieldPath<LineInput>[] = ['functionalCode', 'deptEconCode', 'govEconOverride', 'kind', 'projectId', 'fundingSource', 'carryover', 'amountYuan', 'note'];

/** Add or edit one 预算明细行: the shared zod schema checks it here and again on the server. */
export function LineForm(props: LineFormProps) {
  // The form edits the line as loaded; 载入最新数据 starts it over from the newest version.
  const { loaded, reloadLatest } = useEditSession(props.line);
  return <LineFormBody key={loaded?.version ?? 'new'} {...props} line={loaded} reloadLatest={reloadLatest} />;
}

function LineFormBody({ unitId, year, options, line, listHref, reloadLatest }: LineFormProps & { reloadLatest: () => void }) {
  const { save, remove, problem } = useLineSubmit(line, listHref);
  const defaults: LineInput = line
    ? { unitId, year, ...line.values }
    : { unitId, year, functionalCode: '', deptEconCode: '', govEconOverride: null, kind: 'BASIC', projectId: null, fundingSource: 'GENERAL_PUBLIC', carryover: false, amountYuan: '', note: null };
  const { register, handleSubmit, control, setValue, setError, formState } = useForm<LineInput, unknown, LineOutput>({
    resolver: zodResolver(createLineSchema),
    defaultValues: defaults,
  });
  const [kind, deptEconCode] = useWatch({ control, name: ['kind', 'deptEconCode'] });
  const errors = formState.errors;

  useEffect(() => {
    if (kind === 'BASIC') setValue('projectId', null);
  }, [kind, setValue]);
  useEffect(() => {
    const field = FIELDS.find((f) => f === problem?.field);
    if (field && problem) setError(field, { message: problem.message });
  }, [problem, setError]);

  const onDelete = async () => {
    if (window.confirm('确定删除这条明细行吗？')) await remove();
  };
  const mappedGov = options.mapped[deptEconCode ?? ''];

  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={line ? '修改明细行' : '新增明细行'} style={{ display: 'grid', gap: 12 }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 12 }}>
        <Field label="功能分类科目（项）" error={errors.functionalCode?.message}>
          <Select placeholder="请选择" groups={options.functional} invalid={Boolean(errors.functionalCode)} {...register('functionalCode')} />
        </Field>
        <Field label="部门经济分类科目（款）" error={errors.deptEconCode?.message}>
          <Select placeholder="请选择" groups={options.deptEcon} invalid={Boolean(errors.deptEconCode)} {...register('deptEconCode')} />
        </Field>
        <Field label="政府经济分类科目" error={errors.govEconOverride?.message} hint={mappedGov ? `按对照表：${mappedGov}` : '按对照表自动对应'}>
          <Select placeholder="按对照表" groups={options.govEcon} {...register('govEconOverride', { setValueAs: blankToNull })} />
        </Field>
        <Field label="支出类型" error={errors.kind?.message}>
          <Select options={[{ value: 'BASIC', label: '基本支出' }, { value: 'PROJECT', label: '项目支出' }]} {...register('kind')} />
        </Field>
        <Field label="所属项目" error={errors.projectId?.message}>
          <Select placeholder={kind === 'PROJECT' ? '请选择项目' : '（基本支出无项目）'} options={options.projects} disabled={kind !== 'PROJECT'} invalid={Boolean(errors.projectId)} {...register('projectId', { setValueAs: blankToNull })} />
        </Field>
        <Field label="资金来源" error={errors.fundingSource?.message}>
          <Select options={options.fundingSources} {...register('fundingSource')} />
        </Field>
        <Field label="本年/上年结转" error={errors.carryover?.message}>
          <Select
            options={[{ value: 'false', label: '本年' }, { value: 'true', label: '上年结转' }]}
            {...register('carryover', { setValueAs: (v: unknown) => v === true || v === 'true' })}
            defaultValue={String(defaults.carryover ?? false)}
          />
        </Field>
        <Field label="金额（元）" error={errors.amountYuan?.message} hint="单位：元，最多两位小数，如 12345.67">
          <Input inputMode="decimal" autoComplete="off" invalid={Boolean(errors.amountYuan)} {...register('amountYuan')} />
        </Field>
        <Field label="备注" error={errors.note?.message}>
          <Input autoComplete="off" {...register('note', { setValueAs: blankToNull })} />
        </Field>
      </div>
      {problem && !FIELDS.includes(problem.field as FieldPath<LineInput>) && (
<ProblemNotice message={problem.message} onReload={problem.conflict ? reloadLatest : undefined} />
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? '正在保存…' : '保存'}
        </Button>
        <Link href={listHref} className={buttonClass()}>
          取消
        </Link>
        {line && (
          <Button variant="danger" onClick={onDelete} disabled={formState.isSubmitting} style={{ marginLeft: 'auto' }}>
            删除
          </Button>
        )}
      </div>
    </form>
  );
}
