import { route } from '@/lib/http/route';
import { copyFiscalYear } from '@/lib/services/reference';

export const POST = route(copyFiscalYear, { status: 201 });
