/*
 * What the back-office may show of a stored notification: its headers and raw body with anything
 * that works as a credential masked. The inbox keeps the real bytes (a replay must verify the same
 * signature); only the page's copy is masked. Pure.
 */

export const MASK = "••••";

/** Headers whose whole value is a credential or a signature that proves one. */
const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|paypal-transmission-sig|paypal-auth-assertion|x-cron-secret)$/i;

/** JSON keys (anywhere in the body) whose value is a secret. */
const SECRET_KEYS = /^(.*_)?(secret|password|passwd|token|access_token|refresh_token|api_key|apikey|secret_key|client_secret|signature|sig|authorization|private_key|card_number|cvc|cvv)$/i;

/** Values that look like keys whatever their field: PayPlug secret keys, bearer tokens, JWTs. */
const KEY_LIKE_VALUES: readonly RegExp[] = [
  /\bsk_(?:test|live)_[A-Za-z0-9]+/g,
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi,
  /\bBasic\s+[A-Za-z0-9+/=]{8,}/gi,
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
];

function maskKeyLike(text: string): string {
  return KEY_LIKE_VALUES.reduce((out, pattern) => out.replace(pattern, MASK), text);
}

/** The headers as the page shows them: secret ones masked, key-like values masked in the others. */
export function maskHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, SECRET_HEADERS.test(name) ? MASK : maskKeyLike(value)]));
}

function maskJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) && v !== null && typeof v !== "object" ? MASK : maskJson(v)]));
  }
  return typeof value === "string" ? maskKeyLike(value) : value;
}

/**
 * The body as the page shows it: a JSON body re-indented with secret fields masked; any other
 * text (a form body, a truncated record) with key-like values masked.
 */
export function maskBody(rawBody: string): string {
  try {
    return JSON.stringify(maskJson(JSON.parse(rawBody)), null, 2);
  } catch {
    return maskKeyLike(rawBody);
  }
}
