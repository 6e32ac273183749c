/**
 * Test setup for flows that submit a unit: acknowledges every open WARN finding of the unit (as
 * its accountant would, one by one, before 提交), straight in the database. Tests of the
 * acknowledgement itself go through the API (tests/http/checks.test.ts).
 */
import type { PrismaClient } from '@/lib/db/client';
import { departmentFindings } from '@/lib/services/checks';

export async function acknowledgeWarnings(prisma: PrismaClient, unitId: string, year: number): Promise<number> {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId }, include: { department: true } });
  const user = await prisma.user.findFirstOrThrow({ where: { role: 'UNIT_ACCOUNTANT', departmentId: unit.departmentId } });
  const findings = (await departmentFindings(prisma, unit.department.code, year)) ?? [];
  const open = findings.filter((f) => f.unitId === unitId && f.severity === 'WARN');
  for (const f of open) {
    const key = { unitId, year, ruleId: f.ruleId, findingKey: f.key };
    await prisma.findingAcknowledgement.upsert({
      where: { unitId_year_ruleId_findingKey: key },
      create: { ...key, note: '测试：已核对', userId: user.id, userName: user.displayName },
      update: {},
    });
  }
  return open.length;
}
