'use server';

import { putNarrative } from '@/lib/services/narrative';
import { action } from './safe-action';

export const putNarrativeAction = action(putNarrative);
