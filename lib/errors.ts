/**
 * The refusals every entry point understands. Services and the guard throw these; the route
 * wrapper turns them into JSON with the status, the server-action wrapper into a result.
 * Messages are Chinese and meant for the user as they are.
 */
import { describeInvariantViolation } from '@/lib/db/errors';

export type ErrorCode =
  | 'UNAUTHENTICATED' // 401: no session, or the user is gone or deactivated
  | 'MUST_CHANGE_PASSWORD' // 403: the forced password change comes first
  | 'FORBIDDEN' // 403: the role or scope does not reach
  | 'INVALID_INPUT' // 400: zod or a code that does not exist, naming the field
  | 'NOT_FOUND' // 404
  | 'STALE_VERSION' // 409: someone else changed it first
  | 'STATE' // 409: the workflow state forbids it (已审核, 已报送 …)
  | 'PAYLOAD_TOO_LARGE' // 413: a body over the limit (lib/http/request-checks.ts)
  | 'UNSUPPORTED_MEDIA_TYPE' // 415: a body that is not application/json (or multipart where declared)
  | 'SNAPSHOT_INTEGRITY'; // 503: a 公开快照 no longer matches its sha256; nothing is served until an operator acts

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  MUST_CHANGE_PASSWORD: 403,
  FORBIDDEN: 403,
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  STATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SNAPSHOT_INTEGRITY: 503,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

export const unauthenticated = (message = '请先登录') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const invalidInput = (field: string | null, message: string) => new AppError('INVALID_INPUT', message, { field });
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const stateRefusal = (message: string) => new AppError('STATE', message);
export const staleVersion = (message: string, current: unknown) => new AppError('STALE_VERSION', message, { current });

export interface ErrorBody {
  error: string;
  code: ErrorCode | 'INTERNAL';
  [key: string]: unknown;
}

/** Two requests created the same row at once (a unique key, Prisma P2002): the later one lost. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && Reflect.get(error, 'code') === 'P2002';
}

// inv_county_fill: a row put in (or moved to) another county than its owner's (docs/scaling.md §3).
const FROZEN = ['inv_frozen_when_accepted', 'inv_published_report_append_only', 'inv_audit_log_append_only', 'inv_county_fill'];

/**
 * The status and JSON body for any thrown value. The database's own refusal of a change to frozen
 * (已批复) or append-only data is a state conflict (409). Unknown errors (the database, a bug) are
 * logged with a request id and hidden: the response carries one Chinese line and that id, never details.
 */
export function describeError(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) return { status: error.status, body: { error: error.message, code: error.code, ...error.details } };
  if (isUniqueViolation(error)) return { status: 409, body: { error: '数据已被他人同时修改，请刷新后重试', code: 'STALE_VERSION' } };
  const invariant = describeInvariantViolation(error);
  if (invariant && FROZEN.includes(invariant.constraint)) return { status: 409, body: { error: invariant.message, code: 'STATE' } };
  const requestId = crypto.randomUUID();
  console.error(`[budget] internal error, request ${requestId}:`, error);
  return { status: 500, body: { error: `系统错误，请稍后重试（请求编号 ${requestId}）`, code: 'INTERNAL', requestId } };
}
