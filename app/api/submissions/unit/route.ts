import { route } from '@/lib/http/route';
import { transitionUnitSubmission } from '@/lib/services/submissions';

export const POST = route(transitionUnitSubmission);
