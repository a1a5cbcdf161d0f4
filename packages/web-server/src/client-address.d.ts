import type { IncomingMessage, ServerResponse } from "node:http";

export function runWithClientAddress<T>(address: string, fn: () => T): T;
export function currentClientAddress(): string | null;
/** Express middleware (typed structurally so users need not install Express's types). */
export function clientAddressMiddleware(
  req: IncomingMessage & { ip?: string },
  res: ServerResponse,
  next: () => void,
): void;
export function parseTrustProxy(value: string | undefined): boolean | number | string;
export function plainAddress(address: string): string;
