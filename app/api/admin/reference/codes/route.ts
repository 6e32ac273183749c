import { route } from '@/lib/http/route';
import { createCode, listReferenceCodes } from '@/lib/services/codes';

export const GET = route(listReferenceCodes);
export const POST = route(createCode, { status: 201 });
