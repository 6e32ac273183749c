/** Picker fields for the unit pages and the report: units grouped by department, departments (the year is the shell's). */
import type { PickerField } from './QueryPicker';

interface UnitLike { id: string; code: string; name: string; departmentId: string }
interface DepartmentLike { id: string; code: string; name: string }

export function unitField(units: readonly UnitLike[], departments: readonly DepartmentLike[], value: string): PickerField {
  const label = (u: UnitLike) => `${u.code} ${u.name}`;
  if (departments.length <= 1) return { name: 'unit', label: '单位', value, options: units.map((u) => ({ value: u.id, label: label(u) })) };
  const groups = departments
    .map((d) => ({ label: `${d.code} ${d.name}`, options: units.filter((u) => u.departmentId === d.id).map((u) => ({ value: u.id, label: label(u) })) }))
    .filter((g) => g.options.length > 0);
  return { name: 'unit', label: '单位', value, groups };
}

export function departmentField(departments: readonly DepartmentLike[], value: string): PickerField {
  return { name: 'department', label: '部门', value, options: departments.map((d) => ({ value: d.code, label: `${d.code} ${d.name}` })) };
}
