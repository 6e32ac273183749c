'use client';

import { useFormContext } from 'react-hook-form';
import { Input } from '@/components/ui/Field';
import { blankToNull, type PerformanceValues } from './performance-form-types';
import styles from './form-sheet.module.css';

const ROWS = [
  { key: 'total', label: '资金总额' },
  { key: 'central', label: '其中：中央财政资金' },
  { key: 'provincial', label: '省级财政资金' },
  { key: 'cityCounty', label: '市县（区）财政资金' },
  { key: 'selfRaised', label: '单位自筹' },
  { key: 'other', label: '其他资金（可空）' },
] as const;

const SCOPES = [
  { key: 'period', label: '实施期资金总额' },
  { key: 'annual', label: '年度资金总额' },
] as const;

/** 项目资金（元）: 实施期 and 年度, each with its total and the five sources. */
export function FundsEditor() {
  const { register, formState } = useFormContext<PerformanceValues>();
  const errors = formState.errors.funds;
  return (
    <table className={styles.grid} aria-label="项目资金（元）">
      <thead>
        <tr>
          <th>项目资金（元）</th>
          {SCOPES.map((s) => (
            <th key={s.key}>{s.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.key}>
            <td>{row.label}</td>
            {SCOPES.map((scope) => {
              const error = errors?.[scope.key]?.[row.key]?.message;
              return (
                <td key={scope.key}>
                  <Input
                    aria-label={`${scope.label} ${row.label}`}
                    inputMode="decimal"
                    invalid={Boolean(error)}
                    style={{ width: '100%', textAlign: 'right' }}
                    {...register(`funds.${scope.key}.${row.key}`, row.key === 'other' ? { setValueAs: blankToNull } : {})}
                  />
                  {error && (
                    <small role="alert" style={{ color: 'var(--accent)' }}>
                      {error}
                    </small>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
