/**
 * A small hand-built department whose expected tables are worked out by hand in
 * tables.test.ts. Three units (行政, 参公, 其他事业), three projects, one carried over.
 */
import type { DepartmentBudget } from '@/lib/budget/types';
import { department, line, project, unit } from './builders';

export function sampleDepartment(): DepartmentBudget {
  return department({
    units: [unit('u1', 'ADMINISTRATIVE', 1, '甲局'), unit('u2', 'CIVIL_SERVICE_INSTITUTION', 2, '乙中心'), unit('u3', 'OTHER_INSTITUTION', 3, '丙所')],
    projects: [project('p1', 'u1', '信息化', 1), project('p2', 'u2', '热线', 1), project('p3', 'u1', '搬迁', 2)],
    lines: [
      line({ unitId: 'u1', deptEconCode: '30101', amount: '100000' }),
      line({ unitId: 'u1', deptEconCode: '30201', amount: '20000.50' }),
      line({ unitId: 'u1', deptEconCode: '30217', amount: '2800' }),
      line({ unitId: 'u2', deptEconCode: '30217', amount: '800' }),
      line({ unitId: 'u2', functionalCode: '2010699', deptEconCode: '30101', amount: '50000' }),
      line({ unitId: 'u1', deptEconCode: '31002', kind: 'PROJECT', projectId: 'p1', amount: '300000' }),
      line({ unitId: 'u2', functionalCode: '2010699', deptEconCode: '30226', kind: 'PROJECT', projectId: 'p2', fundingSource: 'UNIT_FUNDS', amount: '40000' }),
      line({ unitId: 'u1', deptEconCode: '30226', kind: 'PROJECT', projectId: 'p3', carryover: true, amount: '147750' }),
      line({ unitId: 'u3', functionalCode: '2080505', deptEconCode: '30108', amount: '30000' }),
      line({ unitId: 'u3', deptEconCode: '30201', amount: '5000' }),
    ],
  });
}
