import { route } from '@/lib/http/route';
import { createProcurement } from '@/lib/services/projects';

export const POST = route(createProcurement, { status: 201 });
