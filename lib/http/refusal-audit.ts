/**
 * 拒绝记录: a refused write (401/403/409/413/415 on a non-GET route or a write server action, a
 * cross-site request) gets
 * an audit row REQUEST_REFUSED with the user (when the session names one), the IP and the action.
 * Best effort: a failure to record is logged and never changes the refusal the caller sees.
 */
import { clientIp } from '@/lib/auth/auth-options';
import { sessionActor } from '@/lib/auth/guard';
import { appendAudit } from '@/lib/db/audit-repository';
import { getPrisma } from '@/lib/db/client';

export const AUDITED_REFUSALS: ReadonlySet<number> = new Set([401, 403, 409, 413, 415]);

export interface Refusal {
  /** What was asked: `POST /api/lines`, or `ACTION line.create` for a server action. */
  request: string;
  headers: Headers;
  operation: string;
  status: number;
  code: string;
  message: string;
}

export async function auditRefusal({ request, headers, operation, status, code, message }: Refusal): Promise<void> {
  try {
    const actor = await sessionActor();
    await appendAudit(getPrisma(), {
      kind: 'REQUEST_REFUSED',
      actor,
      entity: 'Request',
      entityId: request.slice(0, 200),
      after: { operation, status, code },
      reason: message.slice(0, 500),
      ip: clientIp(Object.fromEntries(headers)),
    });
  } catch (error) {
    console.error('[budget] could not record a refused request:', error);
  }
}
