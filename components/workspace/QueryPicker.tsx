'use client';

import { usePathname, useRouter } from 'next/navigation';
import { Field } from '@/components/ui/Field';
import { Select, type Option, type OptionGroup } from '@/components/ui/Select';
import styles from './workspace.module.css';

export interface PickerField {
  /** The query-string key (unit, year, department …). */
  name: string;
  label: string;
  value: string;
  options?: Option[];
  groups?: OptionGroup[];
}

/**
 * Selects that navigate: changing one reloads the page with that query value, keeping the
 * others (the server page reads them and checks them against the caller's scope).
 */
export function QueryPicker({ fields, keep = {} }: { fields: PickerField[]; keep?: Record<string, string> }) {
  const router = useRouter();
  const pathname = usePathname();
  const go = (name: string, value: string) => {
    const query = new URLSearchParams(keep);
    for (const field of fields) query.set(field.name, field.name === name ? value : field.value);
    router.push(`${pathname}?${query.toString()}`);
  };
  return (
    <div className={styles.picker}>
      {fields.map((field) => (
        <Field key={field.name} label={field.label}>
          <Select name={field.name} value={field.value} options={field.options} groups={field.groups} onChange={(e) => go(field.name, e.target.value)} />
        </Field>
      ))}
    </div>
  );
}
