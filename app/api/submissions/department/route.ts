import { route } from '@/lib/http/route';
import { transitionDepartmentSubmission } from '@/lib/services/submissions';

export const POST = route(transitionDepartmentSubmission);
