import { route } from '@/lib/http/route';
import { pasteLines } from '@/lib/services/lines';

/** Rows pasted into the grid, saved together when all are valid. */
export const POST = route(pasteLines, { status: 201 });
