import type { IncomingMessage, ServerResponse } from 'node:http';

export const THRESHOLD_BYTES: number;
export function acceptsGzip(header: string | string[] | undefined): boolean;
export function compressLazily(req: IncomingMessage, res: ServerResponse): void;
