'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Select } from '@/components/ui/Select';
import { updateUserAction } from '@/lib/actions/users';
import { ROLES, ROLE_LABEL, isRole, type Role } from '@/lib/auth/roles';
import type { DepartmentOption } from './user-forms';

interface Current {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  unitIds: string[];
}

/** 修改角色与范围: role, department and (for a 单位财务) the units, saved together from a dialog. */
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

  return (
    <>
      <Button size="small" onClick={() => { setError(null); setOpen(true); }}>
        修改角色与范围
      </Button>
      <Dialog open={open} title={`修改角色与范围：${user.displayName}（${user.username}）`} onClose={() => setOpen(false)}>
        <div style={{ display: 'grid', gap: 12 }}>
          <Field label="角色">
            <Select value={role} onChange={(e) => isRole(e.target.value) && setRole(e.target.value)} options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))} />
          </Field>
          {needsDepartment && (
            <Field label="所属部门">
              <Select value={departmentId ?? ''} onChange={(e) => { setDepartmentId(e.target.value || null); setUnitIds([]); }} placeholder="（选择部门）" options={departments.map((d) => ({ value: d.id, label: `${d.code} ${d.name}` }))} />
            </Field>
          )}
          {role === 'UNIT_ACCOUNTANT' && (
            <Field label="负责单位（可多选）">
              <Select multiple value={unitIds} onChange={(e) => setUnitIds([...e.target.selectedOptions].map((o) => o.value))} options={units.map((u) => ({ value: u.id, label: `${u.code} ${u.name}` }))} />
            </Field>
          )}
          {error && <Notice tone="danger">{error}</Notice>}
          <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
            <Button disabled={pending} onClick={() => setOpen(false)}>
              取消
            </Button>
            <Button variant="primary" disabled={pending} onClick={save}>
              保存
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
