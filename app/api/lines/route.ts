import { route } from '@/lib/http/route';
import { createLine } from '@/lib/services/lines';

export const POST = route(createLine, { status: 201 });
