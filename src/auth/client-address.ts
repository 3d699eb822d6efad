/**
 * The caller's network address, which the HTTP server adds to a request's context (express's `req.ip`, that is
 * the X-Forwarded-For entry of the last trusted proxy when `trustProxy` is set). Absent over WebSocket.
 */
export interface ClientAddress {
  clientAddress?: string | null;
}

export function clientAddressOf(context: object): string | null {
  return (context as ClientAddress).clientAddress ?? null;
}
