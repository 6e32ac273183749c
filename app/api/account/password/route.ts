import { route } from '@/lib/http/route';
import { changeOwnPassword } from '@/lib/services/account';

export const POST = route(changeOwnPassword);
