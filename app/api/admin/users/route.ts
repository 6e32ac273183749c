import { route } from '@/lib/http/route';
import { createUser } from '@/lib/services/users';

export const POST = route(createUser, { status: 201 });
