import { route } from '@/lib/http/route';
import { acknowledgeFinding } from '@/lib/services/rules';

export const POST = route(acknowledgeFinding, { status: 201 });
