'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { updateUserAction } from '@/lib/actions/users';
import { ROLES, ROLE_LABEL, isRole, type Role } from '@/lib/auth/roles';
import type { DepartmentOption } from './user-forms';

interface Current {
  id: string;
  role: Role;
  departmentId: string | null;
  unitIds: string[];
}

/** 修改角色与范围: role, department and (for a 单位财务) the units, saved together. */
export function EditScopeForm({ user, departments }: { user: Current; departments: DepartmentOption[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<Role>(user.role);
  const [departmentId, setDepartmentId] = useState<string | null>(user.departmentId);
  const [unitIds, setUnitIds] = useState<string[]>(user.unitIds);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const units = departments.find((d) => d.id === departmentId)?.units ?? [];
  const needsDepartment = role === 'UNIT_ACCOUNTANT' || role === 'DEPT_LEADER';

  const save = () =>
    startTransition(async () => {
      const patch = { role, departmentId: needsDepartment ? departmentId : null, unitIds: role === 'UNIT_ACCOUNTANT' ? unitIds : [] };
      const result = await updateUserAction({ id: user.id, ...patch });
      setError(result.ok ? null : result.error);
      if (result.ok) {
        setOpen(false);
        router.refresh();
      }
    });

  if (!open) return <button type="button" onClick={() => setOpen(true)}>修改角色与范围</button>;
  return (
    <span style={{ display: 'inline-flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
      <select value={role} onChange={(e) => isRole(e.target.value) && setRole(e.target.value)} aria-label="角色">
        {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABEL[r]}</option>)}
      </select>
      {needsDepartment && (
        <select value={departmentId ?? ''} onChange={(e) => { setDepartmentId(e.target.value || null); setUnitIds([]); }} aria-label="所属部门">
          <option value="">（选择部门）</option>
          {departments.map((d) => <option key={d.id} value={d.id}>{d.code} {d.name}</option>)}
        </select>
      )}
      {role === 'UNIT_ACCOUNTANT' && (
        <select multiple value={unitIds} onChange={(e) => setUnitIds([...e.target.selectedOptions].map((o) => o.value))} aria-label="负责单位">
          {units.map((u) => <option key={u.id} value={u.id}>{u.code} {u.name}</option>)}
        </select>
      )}
      <button type="button" disabled={pending} onClick={save}>保存</button>
      <button type="button" disabled={pending} onClick={() => setOpen(false)}>取消</button>
      {error && <small role="alert" style={{ color: 'var(--accent)' }}>{error}</small>}
    </span>
  );
}
