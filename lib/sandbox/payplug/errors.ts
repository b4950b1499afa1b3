/** PayPlug's error object: `{ object: "error", message, details? }` with the matching HTTP status. */
export type ErrorDetails = Record<string, unknown>;

export class PayplugApiError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = "PayplugApiError";
  }

  toResponse(): Response {
    return errorResponse(this.status, this.message, this.details);
  }
}

export function errorResponse(status: number, message: string, details?: ErrorDetails): Response {
  return Response.json({ object: "error", message, ...(details ? { details } : {}) }, { status, headers: { "cache-control": "no-store" } });
}

export const notFound = (what = "resource") => new PayplugApiError(404, `The requested ${what} was not found.`);
export const forbidden = (message: string) => new PayplugApiError(403, message);
export const badRequest = (message: string, details?: ErrorDetails) => new PayplugApiError(400, message, details);
