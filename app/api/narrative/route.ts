import { withGuard } from '@/lib/auth/with-guard';
import { putNarrativeSchema } from '@/lib/schemas/narrative';
import { putNarrative } from '@/lib/services/narrative';

/** PUT /api/narrative { year, key, title?, body, version? }: a 情况说明 section of the leader's department. */
export const PUT = withGuard({ action: 'narrative.edit', input: putNarrativeSchema }, ({ input, actor, scope }) => putNarrative({ actor, scope }, input));
