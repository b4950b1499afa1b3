import { z } from "zod";
import { ORDER_STATUSES, PAYMENT_METHODS } from "@/lib/db/schema";
import { formatEurInput, parseEurInput, type Cents } from "@/lib/shared/money";

/*
 * The back-office orders list's query string, shared by the page and the CSV export so that the
 * export is exactly "what I see, every page". Parsed leniently: a value that does not parse is
 * dropped (no filter) and named in `problems`, so the admin reads why the filter was ignored
 * instead of getting an error page. Pure.
 */

/** Where the back-office orders list lives (/admin itself is the dashboard since issue 11). */
export const ORDERS_LIST_PATH = "/admin/commandes";

/**
 * The list's URL for a query string, or null when there is none: /admin was the list before the
 * dashboard took its place, and links to it with filters (bookmarks, e-mails, notes) keep working
 * by being sent on with the same parameters.
 */
export function ordersListRedirect(params: Record<string, string | string[] | undefined>): string | null {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, v);
  }
  const s = search.toString();
  return s ? `${ORDERS_LIST_PATH}?${s}` : null;
}

export const ORDER_SORTS = ["recent", "ancien", "montant-desc", "montant-asc"] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
export const ORDER_SORT_LABELS: Readonly<Record<OrderSort, string>> = {
  recent: "Plus récentes d'abord",
  ancien: "Plus anciennes d'abord",
  "montant-desc": "Montant décroissant",
  "montant-asc": "Montant croissant",
};

export const BUYER_KINDS = ["invite", "client", "pro"] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];
export const BUYER_KIND_LABELS: Readonly<Record<BuyerKind, string>> = { invite: "Invités", client: "Clients avec compte", pro: "Professionnels" };

/** Below this, a « contains » search cannot use the trigram index (trigrams are 3 characters). */
export const MIN_SEARCH_LENGTH = 3;

/** A position in the list: the sort key of the last (or first) row shown and its id. */
export type OrderCursor = { key: string; id: string };

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
const uuid = z.uuid();
/** A timestamptz as PostgreSQL writes it as text (microseconds, offset): cast back as is, never through a JS Date. */
const timestampKey = z.string().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2}){0,2}|Z)$/);
const centsKey = z.string().regex(/^\d{1,10}$/);

export type OrderListQuery = {
  statut?: (typeof ORDER_STATUSES)[number];
  moyen?: (typeof PAYMENT_METHODS)[number];
  q?: string;
  du?: string;
  au?: string;
  minCents?: Cents;
  maxCents?: Cents;
  client?: BuyerKind;
  signale?: boolean;
  tri: OrderSort;
  /** Next page: rows after this one. */
  apres?: OrderCursor;
  /** Previous page: rows before this one. */
  avant?: OrderCursor;
  /** Jump: the page that starts at this day (Paris), for the date sorts. */
  date?: string;
};

type Raw = Record<string, string | string[] | undefined>;

function one(raw: Raw, name: string): string | undefined {
  const v = raw[name];
  const s = Array.isArray(v) ? v[0] : v;
  const t = s?.trim();
  return t ? t : undefined;
}

export function encodeCursor(c: OrderCursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id]), "utf8").toString("base64url");
}

export function decodeCursor(value: string | undefined, sort: OrderSort): OrderCursor | undefined {
  if (!value || value.length > 200) return undefined;
  try {
    const parsed = z.tuple([z.string(), uuid]).safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (!parsed.success) return undefined;
    const [key, id] = parsed.data;
    const keyOk = sort === "recent" || sort === "ancien" ? timestampKey.safeParse(key).success : centsKey.safeParse(key).success;
    return keyOk ? { key, id } : undefined;
  } catch {
    return undefined;
  }
}

/** The query string → the list's query and the French reasons any part of it was ignored. */
export function parseOrderListQuery(raw: Raw): { query: OrderListQuery; problems: string[] } {
  const problems: string[] = [];
  const tri = z.enum(ORDER_SORTS).catch("recent").parse(one(raw, "tri"));
  const query: OrderListQuery = { tri };
  const statut = z.enum(ORDER_STATUSES).safeParse(one(raw, "statut"));
  if (statut.success) query.statut = statut.data;
  const moyen = z.enum(PAYMENT_METHODS).safeParse(one(raw, "moyen"));
  if (moyen.success) query.moyen = moyen.data;
  const client = z.enum(BUYER_KINDS).safeParse(one(raw, "client"));
  if (client.success) query.client = client.data;
  if (one(raw, "signale") === "1") query.signale = true;

  const q = one(raw, "q")?.slice(0, 200);
  if (q) {
    if (q.length < MIN_SEARCH_LENGTH) problems.push(`Recherche ignorée : tapez au moins ${MIN_SEARCH_LENGTH} caractères.`);
    else query.q = q;
  }
  for (const [name, label] of [
    ["du", "Date de début"],
    ["au", "Date de fin"],
    ["date", "Aller au"],
  ] as const) {
    const v = one(raw, name);
    if (!v) continue;
    if (isoDay.safeParse(v).success) query[name] = v;
    else problems.push(`${label} ignorée : « ${v} » n'est pas une date.`);
  }
  if (query.du && query.au && query.du > query.au) {
    problems.push("Période ignorée : la date de début est après la date de fin.");
    delete query.du;
    delete query.au;
  }
  for (const [name, field, label] of [
    ["min", "minCents", "Montant minimum"],
    ["max", "maxCents", "Montant maximum"],
  ] as const) {
    const v = one(raw, name);
    if (!v) continue;
    const cents = parseEurInput(v);
    if (cents === null) problems.push(`${label} ignoré : « ${v} » n'est pas un montant (par exemple 12,50).`);
    else query[field] = cents;
  }
  if (query.minCents !== undefined && query.maxCents !== undefined && query.minCents > query.maxCents) {
    problems.push("Montants ignorés : le minimum dépasse le maximum.");
    delete query.minCents;
    delete query.maxCents;
  }
  const apres = decodeCursor(one(raw, "apres"), tri);
  const avant = apres ? undefined : decodeCursor(one(raw, "avant"), tri);
  if (apres) query.apres = apres;
  if (avant) query.avant = avant;
  if (query.date && (tri === "montant-asc" || tri === "montant-desc")) delete query.date;
  return { query, problems };
}

/** The query string of the same filters (and sort), without any position: the base of every link. */
export function orderListParams(query: OrderListQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  if (query.statut) p.set("statut", query.statut);
  if (query.moyen) p.set("moyen", query.moyen);
  if (query.client) p.set("client", query.client);
  if (query.signale) p.set("signale", "1");
  if (query.du) p.set("du", query.du);
  if (query.au) p.set("au", query.au);
  if (query.minCents !== undefined) p.set("min", formatEurInput(query.minCents));
  if (query.maxCents !== undefined) p.set("max", formatEurInput(query.maxCents));
  if (query.tri !== "recent") p.set("tri", query.tri);
  return p;
}

/** Whether anything narrows the list (the page then offers « Effacer les filtres »). */
export function isFiltered(query: OrderListQuery): boolean {
  const p = orderListParams(query);
  p.delete("tri");
  return p.size > 0;
}
