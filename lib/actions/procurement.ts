'use server';

import { createProcurement } from '@/lib/services/projects';
import { action } from './safe-action';

export const createProcurementAction = action(createProcurement);
