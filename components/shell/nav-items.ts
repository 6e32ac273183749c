/** The side navigation of a role: each entry shows when the permission table grants its action. */
import { can, type Action } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import type { NavItem } from './SideNav';

const ENTRIES: readonly (NavItem & { action: Action | null })[] = [
  { href: '/dashboard', label: '首页', action: null },
  { href: '/lines', label: '预算编制', action: 'unit.read' },
  { href: '/projects', label: '项目与绩效目标', action: 'unit.read' },
  { href: '/procurement', label: '政府采购', action: 'unit.read' },
  { href: '/report', label: '公开报表', action: 'report.read' },
  { href: '/county', label: '全县汇总', action: 'consolidated.read' },
  { href: '/narrative', label: '情况说明', action: 'report.read' },
  { href: '/approval', label: '审核', action: 'department.read' },
  { href: '/rules', label: '审核规则', action: 'rules.manage' },
  { href: '/audit', label: '审计日志', action: 'audit.read' },
  { href: '/admin/users', label: '系统管理', action: 'user.manage' },
  { href: '/admin/reference', label: '基础数据', action: 'reference.manage' },
  { href: '/admin/organisation', label: '部门与单位', action: 'organisation.manage' },
  { href: '/admin/import', label: '导入工作簿', action: 'reference.manage' },
];

export function navItemsFor(role: Role): NavItem[] {
  return ENTRIES.filter((entry) => entry.action === null || can(role, entry.action)).map(({ href, label }) => ({ href, label }));
}
