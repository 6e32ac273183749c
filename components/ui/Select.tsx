import type { Ref, SelectHTMLAttributes } from 'react';
import { controlClass } from './Field';

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  options?: Option[];
  groups?: OptionGroup[];
  /** A first option with value "" (e.g. 请选择 / 全部). */
  placeholder?: string;
  invalid?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

/** A native select from plain options or option groups. */
export function Select({ options = [], groups = [], placeholder, invalid, className, ref, ...rest }: SelectProps) {
  return (
    <select ref={ref} aria-invalid={invalid || undefined} className={controlClass(invalid, className)} {...rest}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
