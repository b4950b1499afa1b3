import { PayplugApiError } from "./errors";

/**
 * A request's JSON body for the emulator's API and control endpoints: an empty body reads as `{}`
 * (PayPlug's PATCH and the control calls may send none); anything else that is not JSON is
 * PayPlug's 400 error object.
 */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PayplugApiError(400, "The request body is not valid JSON.");
  }
}
