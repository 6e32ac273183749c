import { route } from '@/lib/http/route';
import { savePerformanceForm } from '@/lib/services/projects';

export const PUT = route(savePerformanceForm);
