import { route } from '@/lib/http/route';
import { updateUser } from '@/lib/services/users';

export const PATCH = route(updateUser);
