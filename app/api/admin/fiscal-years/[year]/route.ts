import { route } from '@/lib/http/route';
import { changeFiscalYearStatus } from '@/lib/services/reference';

export const PATCH = route(changeFiscalYearStatus);
