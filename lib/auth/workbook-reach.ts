/**
 * How far a workbook import or export reaches. The 系统管理员 has no budget scope (ROLE_REACH)
 * but loads the county's budget season from workbooks, so for these two actions alone the admin
 * reaches the whole county; everyone else keeps the scope the guard returned.
 */
import type { Guarded } from './guard';
import type { Scope } from './scope';

export function workbookReach(guarded: Guarded): Scope {
  return guarded.actor.role === 'ADMIN' ? { kind: 'county' } : guarded.scope;
}
