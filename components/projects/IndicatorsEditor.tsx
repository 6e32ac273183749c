'use client';

import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { INDICATOR_LEVELS } from '@/lib/schemas/performance';
import { blankToNull, NEW_INDICATOR, type PerformanceValues } from './performance-form-types';
import styles from './form-sheet.module.css';

const SCOPES = [
  { value: 'PERIOD', label: '实施期' },
  { value: 'ANNUAL', label: '年度' },
];
const LEVEL1 = Object.keys(INDICATOR_LEVELS).map((value) => ({ value, label: value }));
const OPERATORS = ['≥', '≤', '＞', '＜', '='].map((value) => ({ value, label: value }));

/** The first 二级 of a 一级 (the one a changed 一级 starts with); null for a value that is no 一级. */
function firstLevel2(level1: string) {
  const entry = Object.entries(INDICATOR_LEVELS).find(([key]) => key === level1);
  return entry?.[1][0] ?? null;
}

/** 二级 choices follow the row's 一级. */
function Level2Select({ index }: { index: number }) {
  const { register, control } = useFormContext<PerformanceValues>();
  const level1 = useWatch({ control, name: `indicators.${index}.level1` });
  const options = (INDICATOR_LEVELS[level1] ?? []).map((value) => ({ value, label: value }));
  return <Select aria-label="二级指标" options={options} {...register(`indicators.${index}.level2`)} />;
}

/** 绩效指标: one row per 三级指标 with its 一级/二级, and either 符号 + 数值 + 单位 or a 定性值. */
export function IndicatorsEditor() {
  const { register, control, formState, setValue } = useFormContext<PerformanceValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'indicators' });
  const errors = formState.errors.indicators;

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <table className={styles.grid} aria-label="绩效指标">
        <thead>
          <tr>
            <th style={{ width: 80 }}>期间</th>
            <th style={{ width: 110 }}>一级指标</th>
            <th style={{ width: 170 }}>二级指标</th>
            <th>三级指标</th>
            <th style={{ width: 64 }}>符号</th>
            <th style={{ width: 90 }}>数值</th>
            <th style={{ width: 80 }}>单位</th>
            <th style={{ width: 90 }}>定性值</th>
            <th style={{ width: 56 }} />
          </tr>
        </thead>
        <tbody>
          {fields.map((field, k) => {
            const error = errors?.[k];
            const message = error?.name?.message ?? error?.value?.message ?? error?.level2?.message ?? error?.text?.message ?? error?.measureUnit?.message;
            return (
              <tr key={field.id}>
                <td>
                  <Select aria-label="期间" options={SCOPES} {...register(`indicators.${k}.scope`)} />
                </td>
                <td>
                  <Select
                    aria-label="一级指标"
                    options={LEVEL1}
                    {...register(`indicators.${k}.level1`, {
                      // A 二级 of the old 一级 would stay in the form while the list shows the new one's: start the new 一级 at its first 二级.
                      onChange: (e: { target: { value: string } }) => {
                        const level2 = firstLevel2(e.target.value);
                        if (level2) setValue(`indicators.${k}.level2`, level2, { shouldDirty: true, shouldValidate: formState.isSubmitted });
                      },
                    })}
                  />
                </td>
                <td>
                  <Level2Select index={k} />
                </td>
                <td>
                  <Input aria-label="三级指标" invalid={Boolean(error?.name)} style={{ width: '100%' }} {...register(`indicators.${k}.name`)} />
                  {message && (
                    <small role="alert" style={{ color: 'var(--accent)' }}>
                      {message}
                    </small>
                  )}
                </td>
                <td>
                  <Select aria-label="符号" placeholder="" options={OPERATORS} {...register(`indicators.${k}.operator`, { setValueAs: blankToNull })} />
                </td>
                <td>
                  <Input aria-label="数值" inputMode="decimal" invalid={Boolean(error?.value)} style={{ width: '100%' }} {...register(`indicators.${k}.value`, { setValueAs: blankToNull })} />
                </td>
                <td>
                  <Input aria-label="单位" style={{ width: '100%' }} {...register(`indicators.${k}.measureUnit`, { setValueAs: blankToNull })} />
                </td>
                <td>
                  <Input aria-label="定性值" style={{ width: '100%' }} {...register(`indicators.${k}.text`, { setValueAs: blankToNull })} />
                </td>
                <td>
                  <Button size="small" variant="danger" onClick={() => remove(k)} aria-label={`删除第${k + 1}条指标`}>
                    删除
                  </Button>
                </td>
              </tr>
            );
          })}
          {fields.length === 0 && (
            <tr>
              <td colSpan={9}>尚无绩效指标。</td>
            </tr>
          )}
        </tbody>
      </table>
      <div>
        <Button onClick={() => append({ ...NEW_INDICATOR })}>添加指标</Button>
      </div>
    </div>
  );
}
