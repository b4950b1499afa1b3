import { bigserial, integer, jsonb, pgSchema, primaryKey, text, timestamp, index } from "drizzle-orm/pg-core";

/*
 * State of the provider emulators. It lives in its own Postgres schema because the emulators stand
 * in for other companies' systems: nothing in the shop reads these tables, and the emulators read
 * nothing of the shop's.
 */
export const sandbox = pgSchema("sandbox");

/** Every emulated object (payment, refund, installment plan, PayPal order, capture, …) as JSON. */
export const sandboxObjects = sandbox.table(
  "objects",
  {
    provider: text("provider").notNull(),
    kind: text("kind").notNull(),
    id: text("id").notNull(),
    /** Test or live store (PayPlug keys), or "sandbox". Objects of one mode never see the other's. */
    mode: text("mode").notNull(),
    /** Optional parent (refund → payment, capture → order). */
    parentId: text("parent_id"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.kind, t.id] }), index("sandbox_objects_parent_idx").on(t.provider, t.parentId)],
);

/** Replays of idempotent writes (PayPal-Request-Id and the like) return the stored answer. */
export const sandboxIdempotency = sandbox.table(
  "idempotency",
  {
    provider: text("provider").notNull(),
    key: text("key").notNull(),
    status: integer("status").notNull(),
    body: jsonb("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.key] })],
);

/** Outgoing notifications/webhooks, delivered with retries and backoff. */
export const sandboxDeliveries = sandbox.table(
  "deliveries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    provider: text("provider").notNull(),
    url: text("url").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull(),
    body: text("body").notNull(),
    /** The object the notification is about. */
    objectId: text("object_id"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    /** Dropped by fault injection or given up after the last retry. */
    abandonedAt: timestamp("abandoned_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sandbox_deliveries_due_idx").on(t.deliveredAt, t.nextAttemptAt)],
);

/** Switches: fault injection and behaviour toggles, by provider. */
export const sandboxSettings = sandbox.table("settings", {
  provider: text("provider").primaryKey(),
  value: jsonb("value").$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
