'use server';

import { putChangeReason } from '@/lib/services/change-reasons';
import { putNarrative } from '@/lib/services/narrative';
import { action } from './safe-action';

export const putNarrativeAction = action(putNarrative);
export const putChangeReasonAction = action(putChangeReason);
