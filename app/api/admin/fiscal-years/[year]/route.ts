import { withGuard } from '@/lib/auth/with-guard';
import { fiscalYearStatusSchema } from '@/lib/schemas/reference';
import { changeFiscalYearStatus } from '@/lib/services/reference';

/** PATCH /api/admin/fiscal-years/[year] { status: OPEN|CLOSED }: a closed year refuses every edit. */
export const PATCH = withGuard<{ year: string }, typeof fiscalYearStatusSchema>({ action: 'reference.manage', input: fiscalYearStatusSchema }, ({ params, input, actor, scope }) =>
  changeFiscalYearStatus({ actor, scope }, params.year, input),
);
