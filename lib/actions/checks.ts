'use server';

import { acknowledgeFinding, listFindings, updateRule } from '@/lib/services/rules';
import { action } from './safe-action';

export const listFindingsAction = action(listFindings);
export const acknowledgeFindingAction = action(acknowledgeFinding);
export const updateRuleAction = action(updateRule);
