'use server';

import { createLine, deleteLine, pasteLines, updateLine } from '@/lib/services/lines';
import { action } from './safe-action';

export const createLineAction = action(createLine);
export const updateLineAction = action(updateLine);
export const deleteLineAction = action(deleteLine);
export const pasteLinesAction = action(pasteLines);
