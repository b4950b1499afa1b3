import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PostalAddress } from "@/lib/shared/postal-address";

/*
 * The shop's tables. Money is integer cents (EUR) everywhere; VAT rates are basis points
 * (2000 = 20 %). Statuses are text checked against the closed sets below, so that a new state
 * is a code change reviewed with the transitions table, not a silent string.
 */

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const USER_ROLES = ["customer", "pro", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const PRO_STATUSES = ["pending", "approved", "rejected"] as const;
export type ProStatus = (typeof PRO_STATUSES)[number];

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    name: text("name").notNull(),
    role: text("role").$type<UserRole>().notNull().default("customer"),
    companyName: text("company_name"),
    siret: text("siret"),
    vatNumber: text("vat_number"),
    /** Mirrors pro_accounts.status (read by every request's session); pro_accounts holds the rest. */
    proStatus: text("pro_status").$type<ProStatus>(),
    /** Mirrors "approved with a credit limit" (pro_accounts); checkout re-reads the account itself. */
    net30Allowed: boolean("net30_allowed").notNull().default(false),
    /** Base32 TOTP secret (RFC 6238) of an admin's second factor; in force once totpEnabledAt is set. */
    totpSecret: text("totp_secret"),
    /** A secret shown on /admin/securite and not confirmed by a first code yet. */
    totpPendingSecret: text("totp_pending_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The 30-second step of the last code accepted: a code is never accepted twice (replay). */
    totpLastStep: integer("totp_last_step"),
    /**
     * Sessions are JWTs: a session carries the version it was issued under, and getCurrentUser
     * refuses one whose version is behind. A password reset increments it: every session ends.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    /**
     * An admin account disabled by another admin (/admin/administrateurs): it cannot sign in, and
     * its sessions ended when the session version went up in the same transaction.
     */
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    // No foreign key on purpose: a row pointing at a row of its own table can be copied before
    // that row by db:export (batches in storage order); admin_actions names who did it anyway.
    disabledBy: uuid("disabled_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    check("users_role_check", sql`${t.role} in ('customer','pro','admin')`),
  ],
);

/**
 * What admins did outside any order's or account's own timeline: an admin account created,
 * disabled or enabled, a notification replayed, an e-mail sent again. The actor's name is copied
 * (it reads the same after the account is renamed or deleted); `request_key` is the form's key, so
 * a double click records (and does) the thing once.
 */
export const adminActions = pgTable(
  "admin_actions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    /** admin_created, admin_disabled, admin_enabled, notification_replayed, email_resent. */
    action: text("action").notNull(),
    /** What it was done to: "user:<uuid>", "provider_event:<id>", "email:<id>". */
    target: text("target").notNull(),
    requestKey: text("request_key"),
    data: jsonb("data").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("admin_actions_request_key_unique").on(t.requestKey), index("admin_actions_target_idx").on(t.target, t.id)],
);

export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    /** Price including VAT, in cents. */
    priceCents: integer("price_cents").notNull(),
    vatRateBp: integer("vat_rate_bp").notNull().default(2000),
    stock: integer("stock").notNull().default(0),
    imagePath: text("image_path"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("products_slug_unique").on(t.slug),
    check("products_price_check", sql`${t.priceCents} >= 0`),
    check("products_stock_check", sql`${t.stock} >= 0`),
  ],
);

export const carts = pgTable(
  "carts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** SHA-256 of the cart cookie's random token. */
    tokenHash: text("token_hash").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * The order this cart last became: the checkout shows that order and its payment choices
     * instead of an empty form (after a cancelled PayPal window, a back button from PayPlug).
     */
    placedOrderId: uuid("placed_order_id").references((): AnyPgColumn => orders.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("carts_token_hash_unique").on(t.tokenHash)],
);

export const cartLines = pgTable(
  "cart_lines",
  {
    cartId: uuid("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.productId] }), check("cart_lines_quantity_check", sql`${t.quantity} > 0`)],
);

export const ORDER_STATUSES = [
  "pending_payment",
  "awaiting_transfer",
  "awaiting_cheque",
  /** Paying in several bank cheques: waits until the shop holds every cheque of the schedule. */
  "awaiting_cheques",
  "payment_failed",
  "paid",
  "on_account",
  "cancelled",
  "refunded",
  "partially_refunded",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_METHODS = ["card", "paypal", "transfer", "cheque", "net30"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];


export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Human reference written on transfers and cheques, e.g. CA-7K4M2QX9. */
    reference: text("reference").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    phone: text("phone").notNull(),
    billingAddress: jsonb("billing_address").$type<PostalAddress>().notNull(),
    shippingAddress: jsonb("shipping_address").$type<PostalAddress>().notNull(),
    status: text("status").$type<OrderStatus>().notNull(),
    paymentMethod: text("payment_method").$type<PaymentMethod>().notNull(),
    /** Sum of the lines, VAT included. */
    itemsCents: integer("items_cents").notNull(),
    shippingCents: integer("shipping_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
    /** VAT contained in totalCents. */
    vatCents: integer("vat_cents").notNull(),
    currency: text("currency").notNull().default("EUR"),
    /** Money actually received and confirmed (cashed cheques, transfers, captured payments). */
    paidCents: integer("paid_cents").notNull().default(0),
    refundedCents: integer("refunded_cents").notNull().default(0),
    /** SHA-256 of the guest access token carried in the order link (?t=…). */
    accessTokenHash: text("access_token_hash").notNull(),
    /**
     * Signed into every order link (lib/orders/access.ts). "Révoquer les liens envoyés" on the
     * admin order page adds one, so every link sent before stops opening the order.
     */
    accessTokenVersion: integer("access_token_version").notNull().default(0),
    /** Set when something needs an admin's eye (amount mismatch from a provider, …). */
    flag: text("flag"),
    /**
     * Sold without French VAT (lib/cart/pricing.ts, "exempt"): to a company of another EU state
     * with a VAT number (reverse charge) or outside the EU (export). Null: VAT included.
     */
    vatExemption: text("vat_exemption").$type<"reverse_charge" | "export">(),
    /** A guest's personal data was erased after the retention period (lib/use-cases/anonymise-guest-orders.ts). */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    /**
     * What the back-office's search box looks in (reference, e-mail, billing and shipping names and
     * companies), kept by PostgreSQL itself so that no writer can forget it; a trigram index
     * (pg_trgm, migration 0011) makes « contains » fast at a million orders.
     */
    searchText: text("search_text").generatedAlwaysAs(
      sql`reference || ' ' || email || ' ' || coalesce(billing_address->>'firstName', '') || ' ' || coalesce(billing_address->>'lastName', '') || ' ' || coalesce(billing_address->>'company', '') || ' ' || coalesce(shipping_address->>'firstName', '') || ' ' || coalesce(shipping_address->>'lastName', '') || ' ' || coalesce(shipping_address->>'company', '')`,
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("orders_reference_unique").on(t.reference),
    index("orders_user_idx").on(t.userId),
    index("orders_status_idx").on(t.status),
    // The back-office list pages by keyset on (sort key, id): one index per sort, and per filter
    // that a page is commonly narrowed by, so that any page is an index range scan.
    index("orders_created_idx").on(t.createdAt, t.id),
    index("orders_status_created_idx").on(t.status, t.createdAt, t.id),
    index("orders_method_created_idx").on(t.paymentMethod, t.createdAt, t.id),
    index("orders_total_idx").on(t.totalCents, t.id),
    index("orders_flagged_idx").on(t.createdAt, t.id).where(sql`${t.flag} is not null`),
    index("orders_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    // The dashboard's « waiting for money » (lib/orders/dashboard.ts, WAITING_STATUSES): what each
    // waiting order still owes, read from this small index alone (index-only scan) instead of
    // fetching tens of thousands of refused orders scattered over years (1.4 s at a million orders).
    index("orders_waiting_idx")
      .on(t.status, t.totalCents, t.paidCents, t.refundedCents)
      .where(sql`${t.status} in ('pending_payment', 'awaiting_transfer', 'awaiting_cheque', 'awaiting_cheques', 'payment_failed', 'on_account')`),
    check("orders_total_check", sql`${t.totalCents} = ${t.itemsCents} + ${t.shippingCents}`),
    check("orders_amounts_check", sql`${t.totalCents} >= 0 and ${t.paidCents} >= 0 and ${t.refundedCents} >= 0`),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: uuid("product_id").references(() => products.id, { onDelete: "set null" }),
    /** Snapshot at the time of the order. */
    name: text("name").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    quantity: integer("quantity").notNull(),
    vatRateBp: integer("vat_rate_bp").notNull(),
    lineTotalCents: integer("line_total_cents").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    index("order_lines_order_idx").on(t.orderId),
    check("order_lines_total_check", sql`${t.lineTotalCents} = ${t.unitPriceCents} * ${t.quantity}`),
  ],
);

/** The carriers whose tracking page the shop knows (lib/orders/carriers.ts), or « other » (name and link typed). */
export const CARRIERS = ["colissimo", "chronopost", "dpd", "gls", "ups", "mondial_relay", "other"] as const;
export type Carrier = (typeof CARRIERS)[number];

/**
 * A parcel that left for an order (several per order are possible). Written only by
 * lib/use-cases/ship-order.ts, for an order whose money allows it (lib/orders/shippability.ts).
 * The first one's shipped_on is the delivery date the order's invoice states.
 */
export const shipments = pgTable(
  "shipments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    /** The day the parcel left (Paris day). */
    shippedOn: date("shipped_on").notNull(),
    carrier: text("carrier").$type<Carrier>().notNull(),
    /** The carrier's name as the admin typed it, for « other » only. */
    carrierName: text("carrier_name"),
    trackingNumber: text("tracking_number"),
    /** Computed from the number for a known carrier, typed for another one. */
    trackingUrl: text("tracking_url"),
    /** Fixed when the form was shown: the same form sent twice records one parcel. */
    requestKey: text("request_key").notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("shipments_order_idx").on(t.orderId, t.shippedOn),
    uniqueIndex("shipments_request_unique").on(t.orderId, t.requestKey),
    uniqueIndex("shipments_tracking_unique").on(t.orderId, t.carrier, t.trackingNumber).where(sql`${t.trackingNumber} is not null`),
  ],
);

export const PAYMENT_STATUSES = [
  /** Created on our side; provider not yet called (or instructions given for offline methods). */
  "created",
  /** Handed to the provider / customer; outcome unknown. Offline: cheque received, not cashed. */
  "pending",
  "paid",
  "failed",
  "cancelled",
  "refunded",
  "partially_refunded",
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_PROVIDERS = ["payplug", "paypal"] as const;
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number];

/*
 * A provider's dispute (PayPal's CUSTOMER.DISPUTE.*), in our words: stored in order events'
 * data, labelled in lib/payments/labels.ts, mapped from PayPal's fields in its adapter.
 */
export const DISPUTE_STATUSES = ["open", "waiting_for_buyer", "waiting_for_seller", "under_review", "resolved", "other"] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export const DISPUTE_REASONS = [
  "not_received",
  "not_as_described",
  "unauthorised",
  "credit_not_processed",
  "duplicate",
  "incorrect_amount",
  "paid_by_other_means",
  "recurring_billing_cancelled",
  "remittance_problem",
  "other",
] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];
/** How a resolved dispute ended; "unknown" when the provider did not say (a resolved event may carry no outcome). */
export const DISPUTE_OUTCOMES = ["buyer_favour", "seller_favour", "paid_out_by_provider", "cancelled_by_buyer", "accepted", "denied", "unknown"] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** One row per attempt (online) or per amount recorded (offline). */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    method: text("method").$type<PaymentMethod>().notNull(),
    provider: text("provider").$type<PaymentProvider>(),
    /** The provider's id (pay_…, PayPal order id). */
    providerRef: text("provider_ref"),
    /** Test or live store at the provider; checked on every reconcile. */
    providerLive: boolean("provider_live"),
    status: text("status").$type<PaymentStatus>().notNull().default("created"),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull().default("EUR"),
    refundedCents: integer("refunded_cents").notNull().default(0),
    /** Attempt number within the order, from 1. */
    attempt: integer("attempt").notNull().default(1),
    /** Where the customer is sent to pay (hosted page / approval URL). */
    redirectUrl: text("redirect_url"),
    failureCode: text("failure_code"),
    failureMessage: text("failure_message"),
    /** Capture / transaction id at the provider (PayPal capture id, …). */
    transactionId: text("transaction_id"),
    cardBrand: text("card_brand"),
    cardLast4: text("card_last4"),
    cardCountry: text("card_country"),
    cardExpiry: text("card_expiry"),
    threeDSecure: boolean("three_d_secure"),
    payerEmail: text("payer_email"),
    /** Offline: bank reference of a transfer, cheque number. */
    offlineReference: text("offline_reference"),
    /** Offline: the day the money arrived (transfer) or the cheque was received. */
    receivedOn: date("received_on"),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    /** Raw last provider object, for the back-office and support. */
    providerData: jsonb("provider_data"),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    /**
     * PayPal: when the shop claimed this attempt to capture its approved order (written under the
     * order and payment locks before the capture call, cleared when no capture was made). While
     * set, cancelling the order or closing the attempt waits: money may be moving.
     */
    captureClaimedAt: timestamp("capture_claimed_at", { withTimezone: true }),
    /**
     * When the sweep last asked the provider about this PAID payment (refunds or chargebacks made
     * in the provider's dashboard, a lost refund notification): see sweep-pending.ts.
     */
    providerCheckedAt: timestamp("provider_checked_at", { withTimezone: true }),
    /** The secure payment link this attempt was started from; the link is "used" once it is paid. */
    paymentLinkId: uuid("payment_link_id").references((): AnyPgColumn => paymentLinks.id, { onDelete: "set null" }),
    /**
     * Set on a charge the provider made by itself on a card instalment plan's schedule (PayPlug's
     * later instalments): not an attempt a customer started, so not under the one-live-attempt rule.
     */
    instalmentPlanId: uuid("instalment_plan_id").references((): AnyPgColumn => instalmentPlans.id, { onDelete: "set null" }),
    /** A received cheque given to the bank: the deposit slip (« remise de chèques ») it went on. */
    depositSlipId: uuid("deposit_slip_id").references((): AnyPgColumn => depositSlips.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("payments_order_idx").on(t.orderId),
    uniqueIndex("payments_provider_ref_unique").on(t.provider, t.providerRef),
    /*
     * At most one live online attempt per order, whatever path starts, reuses or adopts one: a new
     * attempt is inserted only once every older one is closed (lib/use-cases/retry-payment.ts), so
     * two provider payments of one order can never both be handed to a customer.
     */
    uniqueIndex("payments_one_open_online_attempt")
      .on(t.orderId)
      .where(sql`${t.provider} is not null and ${t.status} in ('created', 'pending') and ${t.instalmentPlanId} is null`),
    index("payments_status_idx").on(t.status),
    index("payments_slip_idx").on(t.depositSlipId).where(sql`${t.depositSlipId} is not null`),
    // The back-office finds an order by the provider's capture / transaction id.
    index("payments_transaction_idx").on(t.transactionId).where(sql`${t.transactionId} is not null`),
    // The accounting export (keyset by paid_at, id) and the dashboard's takings read money received in a period.
    index("payments_paid_at_idx").on(t.paidAt, t.id).where(sql`${t.paidAt} is not null`),
    // The dashboard's refusals of a day.
    index("payments_failed_idx").on(t.updatedAt).where(sql`${t.status} = 'failed'`),
    // The dashboard's takings (by day, method, over the month and 30 days): every column it reads is
    // in the index, so the ~20 000 payments of two months are summed without visiting the table.
    index("payments_takings_idx").on(t.paidAt, t.method, t.status, t.amountCents).where(sql`${t.paidAt} is not null`),
    check("payments_amount_check", sql`${t.amountCents} >= 0 and ${t.refundedCents} >= 0`),
  ],
);

export const ACTOR_TYPES = ["system", "provider", "admin", "customer"] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** The audit trail: every state change of an order or its payments. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    paymentId: uuid("payment_id").references(() => payments.id, { onDelete: "set null" }),
    actorType: text("actor_type").$type<ActorType>().notNull(),
    /** User id for admins/customers, provider name for providers, job name for the system. */
    actorId: text("actor_id"),
    type: text("type").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    reason: text("reason"),
    data: jsonb("data").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("order_events_order_idx").on(t.orderId, t.id),
    // The accounting export reads a period's sales (an order becoming paid or on account) and
    // refunds by date: a small partial index instead of a scan of the whole trail.
    index("order_events_accounting_idx")
      .on(t.createdAt, t.id)
      .where(sql`(${t.type} = 'status_changed' and ${t.toStatus} in ('paid', 'on_account')) or ${t.type} = 'payment_refund_recorded'`),
    // The dashboard's refunds of a day or a month (lib/orders/dashboard.ts, REFUND_EVENT_TYPES).
    index("order_events_refunds_idx").on(t.createdAt).where(sql`${t.type} = 'payment_refund_recorded'`),
  ],
);

/** Notification inbox: every provider notification, stored raw before anything else happens. */
export const providerEvents = pgTable(
  "provider_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    provider: text("provider").$type<PaymentProvider>().notNull(),
    eventKey: text("event_key").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull(),
    rawBody: text("raw_body").notNull(),
    /** Whether authentication (signature or re-fetch) succeeded. */
    verified: boolean("verified"),
    /** What we did: processed, ignored, rejected, failed. */
    outcome: text("outcome"),
    error: text("error"),
    providerRef: text("provider_ref"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
    deliveries: integer("deliveries").notNull().default(1),
    // Added for the inbox retries and the defences against unauthenticated traffic
    // (lib/use-cases/handle-notification.ts, lib/use-cases/notification-inbox.ts). `error` above
    // holds the last processing error.
    /** The id the (untrusted) body names (PayPlug), so an id found not ours is re-fetched only once. */
    resourceId: text("resource_id"),
    /** The caller's address (clientIpFrom): per-source limits count the ids that were not ours. */
    sourceIp: text("source_ip"),
    /** Processing attempts so far (the delivery itself is the first). */
    attempts: integer("attempts").notNull().default(0),
    /** When the inbox job should (re)process this row; null: nothing left to do. */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    /** When an admin was told this notification could not be processed (once per row). */
    alertedAt: timestamp("alerted_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("provider_events_key_unique").on(t.provider, t.eventKey),
    index("provider_events_due_idx").on(t.nextAttemptAt).where(sql`${t.nextAttemptAt} is not null`),
    index("provider_events_resource_idx").on(t.provider, t.resourceId).where(sql`${t.resourceId} is not null`),
    index("provider_events_not_ours_idx").on(t.sourceIp, t.receivedAt).where(sql`${t.outcome} = 'not_ours'`),
    index("provider_events_received_idx").on(t.receivedAt),
    // The notifications log (/admin/notifications): newest first by id, narrowed by outcome or provider; found by a payment's id.
    index("provider_events_outcome_idx").on(t.outcome, t.id),
    index("provider_events_provider_idx").on(t.provider, t.id),
    index("provider_events_ref_idx").on(t.providerRef).where(sql`${t.providerRef} is not null`),
  ],
);

export const EMAIL_STATUSES = ["pending", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    template: text("template").notNull(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "set null" }),
    status: text("status").$type<EmailStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /**
     * When the tokens in html/text were masked (lib/mail/send-outbox.ts): once a message has gone
     * by SMTP, the shop's copy keeps no working order or payment link. Null on messages not sent
     * yet, and on those sent before masking existed (the sender masks them in batches).
     */
    bodyRedactedAt: timestamp("body_redacted_at", { withTimezone: true }),
    /** « Renvoyer » on the mailbox: this row is a new copy of that one (admin_actions says who asked). */
    // No foreign key, as users.disabled_by: db:export copies a table in storage order, and the
    // original may come after its copy; a pruned original leaves the copy pointing at nothing.
    resentFromId: bigint("resent_from_id", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("email_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("email_outbox_order_idx").on(t.orderId),
    // The mailbox's pages of one status, newest first (keyset on id).
    index("email_outbox_status_idx").on(t.status, t.id),
    // Sent messages still holding their tokens: only those sent before masking existed.
    index("email_outbox_unredacted_idx").on(t.id).where(sql`${t.status} = 'sent' and ${t.bodyRedactedAt} is null`),
  ],
);

/** Secure payment links (/paiement/[token]): single use, expiring. */
export const paymentLinks = pgTable(
  "payment_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    sentTo: text("sent_to").notNull(),
    createdByType: text("created_by_type").$type<ActorType>().notNull(),
    createdById: text("created_by_id"),
    /** A link for one part of a card instalment plan (the amount of that part), not the whole order. */
    instalmentId: uuid("instalment_id").references((): AnyPgColumn => instalments.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("payment_links_token_unique").on(t.tokenHash), index("payment_links_order_idx").on(t.orderId)],
);

/** Fixed-window counters for rate limits, shared by every instance. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});

/**
 * One row per scheduled job (lib/jobs): a lease so that one instance at a time runs it (several
 * instances share the database), and the last run as the back-office shows it.
 */
export const jobState = pgTable("job_state", {
  job: text("job").primaryKey(),
  /** The instance running it now (host:pid:random), and until when its lease holds. */
  leaseHolder: text("lease_holder"),
  leaseUntil: timestamp("lease_until", { withTimezone: true }),
  lastStartedAt: timestamp("last_started_at", { withTimezone: true }),
  lastFinishedAt: timestamp("last_finished_at", { withTimezone: true }),
  /** running | succeeded | failed */
  lastStatus: text("last_status"),
  lastTrigger: text("last_trigger"),
  lastReport: jsonb("last_report"),
  lastError: text("last_error"),
  runCount: integer("run_count").notNull().default(0),
  failureCount: integer("failure_count").notNull().default(0),
  /** Runs that found another instance holding the lease. */
  skippedCount: integer("skipped_count").notNull().default(0),
});

/** An admin's one-time recovery codes (second factor), stored as SHA-256: each works once. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("recovery_codes_user_hash_unique").on(t.userId, t.codeHash)],
);

/*
 * The professional side (issue 8): a company's account, the terms the shop grants it, its
 * invoices and credit notes, and the payments of those invoices. Rules in lib/billing,
 * orchestration in lib/use-cases/pro-*.ts and invoice-*.ts.
 */

export const PRO_ACCOUNT_STATUSES = ["pending", "approved", "rejected"] as const;
export type ProAccountStatus = (typeof PRO_ACCOUNT_STATUSES)[number];

export const TERMS_KINDS = ["net", "net_eom"] as const;
export type TermsKind = (typeof TERMS_KINDS)[number];

export const HOLD_SOURCES = ["admin", "overdue", "bounced_cheque"] as const;
export type HoldSource = (typeof HOLD_SOURCES)[number];

/** One per company that applied; its user buys as a customer until approved, then as a pro. */
export const proAccounts = pgTable(
  "pro_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: text("status").$type<ProAccountStatus>().notNull().default("pending"),
    companyName: text("company_name").notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text("country").notNull(),
    siret: text("siret"),
    siren: text("siren"),
    vatNumber: text("vat_number"),
    /** A company outside France without a VAT number (or outside the EU): its registration number. */
    registrationNumber: text("registration_number"),
    billingAddress: jsonb("billing_address").$type<PostalAddress>().notNull(),
    contactName: text("contact_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    phone: text("phone").notNull(),
    termsKind: text("terms_kind").$type<TermsKind>().notNull().default("net"),
    termsDays: integer("terms_days").notNull().default(30),
    /** What open invoices plus a new net-30 order may reach; 0: net-30 not granted. */
    creditLimitCents: integer("credit_limit_cents").notNull().default(0),
    /** The instalments issue reads it: pay in several cheques the shop holds. */
    chequeInstalmentsAllowed: boolean("cheque_instalments_allowed").notNull().default(false),
    onHold: boolean("on_hold").notNull().default(false),
    holdReason: text("hold_reason"),
    /**
     * Who set the hold: an admin (lifted by an admin only) or the shop itself, for lateness or a
     * bounced cheque (lifted by itself once nothing is overdue any more, or by an admin).
     */
    holdSource: text("hold_source").$type<HoldSource>(),
    rejectionReason: text("rejection_reason"),
    /** Money received beyond what invoices owed (an overpayment): the account's, never lost. */
    creditCents: integer("credit_cents").notNull().default(0),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("pro_accounts_user_unique").on(t.userId),
    index("pro_accounts_status_idx").on(t.status, t.createdAt),
    check("pro_accounts_status_check", sql`${t.status} in ('pending','approved','rejected')`),
    check("pro_accounts_terms_check", sql`(${t.termsKind} = 'net' and ${t.termsDays} between 0 and 60) or (${t.termsKind} = 'net_eom' and ${t.termsDays} between 0 and 45)`),
    check("pro_accounts_money_check", sql`${t.creditLimitCents} >= 0 and ${t.creditCents} >= 0`),
  ],
);

/** Who changed what on a pro account, and when: application, decision, terms, hold, credit. */
export const proAccountEvents = pgTable(
  "pro_account_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    proAccountId: uuid("pro_account_id")
      .notNull()
      .references(() => proAccounts.id, { onDelete: "cascade" }),
    actorType: text("actor_type").$type<ActorType>().notNull(),
    actorId: text("actor_id"),
    type: text("type").notNull(),
    reason: text("reason"),
    data: jsonb("data").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index("pro_account_events_account_idx").on(t.proAccountId, t.id)],
);

export const INVOICE_KINDS = ["invoice", "credit_note"] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/**
 * The last number given per series (kind, year). Incremented by the issuing transaction itself
 * (insert … on conflict do update … returning): the row stays locked until that transaction
 * ends, so numbers are consecutive and a rolled-back issuance gives its number back.
 */
export const documentSequences = pgTable(
  "document_sequences",
  {
    kind: text("kind").$type<InvoiceKind>().notNull(),
    year: integer("year").notNull(),
    lastValue: integer("last_value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);

/** Invoices and credit notes as issued: immutable; the frozen document is what every rendering reads. */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").$type<InvoiceKind>().notNull(),
    /** « F-2026-000001 », « A-2026-000001 ». */
    number: text("number").notNull(),
    year: integer("year").notNull(),
    sequence: integer("sequence").notNull(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "restrict" }),
    proAccountId: uuid("pro_account_id").references(() => proAccounts.id, { onDelete: "restrict" }),
    /** A credit note: the invoice it corrects. */
    correctsInvoiceId: uuid("corrects_invoice_id").references((): AnyPgColumn => invoices.id, { onDelete: "restrict" }),
    issueDate: date("issue_date").notNull(),
    /** On account: the day it must be paid; null when paid at issue and on credit notes. */
    dueDate: date("due_date"),
    /** TTC, HT and VAT of the document. */
    totalCents: integer("total_cents").notNull(),
    netCents: integer("net_cents").notNull(),
    vatCents: integer("vat_cents").notNull(),
    /** What payments and credit notes allocated to it so far (invoices); equals totalCents once settled. */
    paidCents: integer("paid_cents").notNull().default(0),
    settledAt: timestamp("settled_at", { withTimezone: true }),
    /** The InvoiceDocument (lib/billing/invoice-document.ts) as issued. */
    document: jsonb("document").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("invoices_number_unique").on(t.number),
    uniqueIndex("invoices_series_unique").on(t.kind, t.year, t.sequence),
    // One invoice per order; credit notes may be several.
    uniqueIndex("invoices_one_per_order").on(t.orderId).where(sql`${t.kind} = 'invoice'`),
    index("invoices_account_idx").on(t.proAccountId, t.issueDate),
    index("invoices_open_idx").on(t.dueDate).where(sql`${t.kind} = 'invoice' and ${t.settledAt} is null`),
    check("invoices_kind_check", sql`${t.kind} in ('invoice','credit_note')`),
    check("invoices_amounts_check", sql`${t.totalCents} = ${t.netCents} + ${t.vatCents} and ${t.paidCents} >= 0 and ${t.paidCents} <= ${t.totalCents}`),
  ],
);

export const REMINDER_KINDS = ["courtesy", "dunning_1", "dunning_2", "dunning_3", "cheques_to_deposit"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * Every reminder the shop sent about money due, claimed before it is sent: an invoice's courtesy
 * and dunning reminders (one row per invoice and level, unique, inserted in the transaction that
 * queues the e-mail, so two runs of the job at once send it once), and the admins' daily list of
 * instalment cheques to deposit (no invoice, one per day). The invoice pages and the receivables
 * page read them back.
 */
export const invoiceReminders = pgTable(
  "invoice_reminders",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    invoiceId: uuid("invoice_id").references(() => invoices.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ReminderKind>().notNull(),
    /** The Paris day it was sent. */
    sentOn: date("sent_on").notNull(),
    /** Days after the due date when sent (negative before it); null for the cheques list. */
    daysLate: integer("days_late"),
    /** What the invoice still owed when sent; for the cheques list, their total. */
    amountCents: integer("amount_cents").notNull(),
    toAddress: text("to_address").notNull(),
    emailId: bigint("email_id", { mode: "number" }).references(() => emailOutbox.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("invoice_reminders_invoice_kind_unique").on(t.invoiceId, t.kind).where(sql`${t.invoiceId} is not null`),
    uniqueIndex("invoice_reminders_daily_unique").on(t.kind, t.sentOn).where(sql`${t.invoiceId} is null`),
    index("invoice_reminders_sent_idx").on(t.sentOn),
    check("invoice_reminders_kind_check", sql`${t.kind} in ('courtesy','dunning_1','dunning_2','dunning_3','cheques_to_deposit')`),
    check("invoice_reminders_target_check", sql`(${t.invoiceId} is null) = (${t.kind} = 'cheques_to_deposit')`),
  ],
);

export const ACCOUNT_PAYMENT_METHODS = ["card", "transfer", "cheque", "credit"] as const;
export type AccountPaymentMethod = (typeof ACCOUNT_PAYMENT_METHODS)[number];

/**
 * Money a pro pays against its invoices: by card online (PayPlug, through the same gateway and
 * reconcilePayment as orders), or a transfer or cheque an admin records, or the account's credit
 * applied. Its allocations say which invoices it settles; what exceeds them becomes credit.
 */
export const accountPayments = pgTable(
  "account_payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** « RG-7K4M2QX9 »: what the provider and the bank statement show. */
    reference: text("reference").notNull(),
    proAccountId: uuid("pro_account_id")
      .notNull()
      .references(() => proAccounts.id, { onDelete: "restrict" }),
    method: text("method").$type<AccountPaymentMethod>().notNull(),
    provider: text("provider").$type<PaymentProvider>(),
    providerRef: text("provider_ref"),
    providerLive: boolean("provider_live"),
    status: text("status").$type<PaymentStatus>().notNull().default("created"),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull().default("EUR"),
    redirectUrl: text("redirect_url"),
    transactionId: text("transaction_id"),
    cardBrand: text("card_brand"),
    cardLast4: text("card_last4"),
    failureCode: text("failure_code"),
    failureMessage: text("failure_message"),
    /** Transfer reference or cheque number; the day the money arrived. */
    offlineReference: text("offline_reference"),
    receivedOn: date("received_on"),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    providerData: jsonb("provider_data"),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    /** The random key of the form that asked for it: a double submit finds the payment already started. */
    requestKey: text("request_key"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("account_payments_reference_unique").on(t.reference),
    uniqueIndex("account_payments_request_key_unique").on(t.requestKey),
    // A transfer or cheque is recorded once per account: the same bank reference twice is a double entry.
    uniqueIndex("account_payments_offline_unique").on(t.proAccountId, t.method, t.offlineReference).where(sql`${t.offlineReference} is not null`),
    uniqueIndex("account_payments_provider_ref_unique").on(t.provider, t.providerRef),
    index("account_payments_account_idx").on(t.proAccountId, t.createdAt),
    index("account_payments_pending_idx").on(t.status).where(sql`${t.status} in ('created','pending')`),
    index("account_payments_paid_at_idx").on(t.paidAt).where(sql`${t.paidAt} is not null`),
    check("account_payments_amount_check", sql`${t.amountCents} > 0`),
  ],
);

/**
 * Which invoice an account payment (or a credit note) pays, and how much. Planned when a card
 * payment starts (applied = false), applied when the money is there.
 */
export const invoiceAllocations = pgTable(
  "invoice_allocations",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    accountPaymentId: uuid("account_payment_id").references(() => accountPayments.id, { onDelete: "restrict" }),
    creditNoteId: uuid("credit_note_id").references(() => invoices.id, { onDelete: "restrict" }),
    amountCents: integer("amount_cents").notNull(),
    applied: boolean("applied").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("invoice_allocations_invoice_idx").on(t.invoiceId),
    index("invoice_allocations_payment_idx").on(t.accountPaymentId),
    check("invoice_allocations_amount_check", sql`${t.amountCents} > 0`),
    check("invoice_allocations_source_check", sql`(${t.accountPaymentId} is null) <> (${t.creditNoteId} is null)`),
  ],
);

/**
 * One upload of a bank statement file: who imported what, for which account and period. Its lines
 * live in bank_statement_lines, once per movement whatever the number of files that listed it.
 */
export const bankStatementImports = pgTable(
  "bank_statement_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** cfonb120 | camt053 | ofx | csv (lib/bank/statement.ts). */
    format: text("format").notNull(),
    fileName: text("file_name").notNull(),
    fileSha256: text("file_sha256").notNull(),
    accountIban: text("account_iban").notNull(),
    lineCount: integer("line_count").notNull(),
    newLineCount: integer("new_line_count").notNull(),
    firstBookedOn: date("first_booked_on"),
    lastBookedOn: date("last_booked_on"),
    importedBy: uuid("imported_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("bank_statement_imports_created_idx").on(t.createdAt)],
);

/**
 * A movement of the shop's bank account, recorded once: line_key is the bank's own reference of the
 * line when the format has one, else a hash of account, date, amount and label with its
 * occurrence in the file (lib/bank/statement.ts keyLines), unique per account — the same movement in
 * two files, or the same file twice, is one row. Once an admin confirms what it paid, it points
 * to what was recorded and can never pay anything else.
 */
export const bankStatementLines = pgTable(
  "bank_statement_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The import that first listed it. */
    importId: uuid("import_id")
      .notNull()
      .references(() => bankStatementImports.id, { onDelete: "restrict" }),
    accountIban: text("account_iban").notNull(),
    lineKey: text("line_key").notNull(),
    bookedOn: date("booked_on").notNull(),
    valueOn: date("value_on"),
    /** Signed: a credit (money in) is positive. */
    amountCents: integer("amount_cents").notNull(),
    label: text("label").notNull(),
    counterparty: text("counterparty"),
    bankReference: text("bank_reference"),
    /** What it paid, once confirmed: "order", "invoice" (others may follow: a deposit slip). */
    matchedKind: text("matched_kind"),
    /** The id of the order, invoice… it paid. */
    matchedId: text("matched_id"),
    /** What the confirmation recorded: the order's transfer payment, or the account payment. */
    paymentId: uuid("payment_id").references(() => payments.id, { onDelete: "restrict" }),
    accountPaymentId: uuid("account_payment_id").references(() => accountPayments.id, { onDelete: "restrict" }),
    matchedBy: uuid("matched_by").references(() => users.id, { onDelete: "set null" }),
    matchedAt: timestamp("matched_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("bank_statement_lines_key_unique").on(t.accountIban, t.lineKey),
    index("bank_statement_lines_open_idx").on(t.bookedOn).where(sql`${t.matchedAt} is null and ${t.amountCents} > 0`),
    check("bank_statement_lines_match_check", sql`(${t.matchedAt} is null) = (${t.matchedKind} is null)`),
  ],
);

/** Which lines each import listed, and whether they were already known then (« déjà importée »). */
export const bankStatementImportLines = pgTable(
  "bank_statement_import_lines",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => bankStatementImports.id, { onDelete: "cascade" }),
    lineId: uuid("line_id")
      .notNull()
      .references(() => bankStatementLines.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    alreadyKnown: boolean("already_known").notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.lineId] }), index("bank_statement_import_lines_line_idx").on(t.lineId)],
);

/** The CSV column mapping of a bank's export, remembered by the signature of its column titles. */
export const bankCsvMappings = pgTable(
  "bank_csv_mappings",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    headerSignature: text("header_signature").notNull(),
    /** { date, label, amount | debit + credit, valueDate?, counterparty? } (lib/bank/csv.ts CsvMapping). */
    mapping: jsonb("mapping").$type<Record<string, string | null>>().notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("bank_csv_mappings_signature_unique").on(t.headerSignature)],
);

/**
 * "Mot de passe oublié ?": single-use links to set a new password. Only the SHA-256 of the random
 * token is stored (a database leak opens no account); a link expires after an hour and dies once
 * used, or when another is used (lib/auth/password-reset.ts).
 */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("password_reset_tokens_hash_unique").on(t.tokenHash), index("password_reset_tokens_user_idx").on(t.userId)],
);

/**
 * A consumer's withdrawal from a distance sale (Code de la consommation L221-18, and the
 * withdrawal function Directive (EU) 2023/2673 requires of online shops): one per order, the day it
 * was asked, and the day the refund is due by (L221-24: 14 days after the request).
 */
export const withdrawalRequests = pgTable(
  "withdrawal_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    refundDueBy: timestamp("refund_due_by", { withTimezone: true }).notNull(),
    /** Net money held for the order when asked: what the refund is about (the back-office refunds it). */
    amountCents: integer("amount_cents").notNull(),
    requestedByType: text("requested_by_type").$type<ActorType>().notNull(),
    requestedById: uuid("requested_by_id"),
  },
  (t) => [uniqueIndex("withdrawal_requests_order_unique").on(t.orderId)],
);

export const INSTALMENT_PLAN_KINDS = ["cheques", "card"] as const;
export type InstalmentPlanKind = (typeof INSTALMENT_PLAN_KINDS)[number];

/**
 * An order paid in 2 to 4 parts: by bank cheques the shop holds (all received before the order
 * ships, each deposited on its date) or by card through a PayPlug installment plan (the first part
 * paid on the hosted page, the next ones charged by PayPlug on their dates). One per order.
 */
export const instalmentPlans = pgTable(
  "instalment_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    kind: text("kind").$type<InstalmentPlanKind>().notNull(),
    count: integer("count").notNull(),
    totalCents: integer("total_cents").notNull(),
    /** PayPlug's installment plan id (inst_…), card plans only. */
    providerRef: text("provider_ref"),
    providerLive: boolean("provider_live"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("instalment_plans_order_unique").on(t.orderId),
    uniqueIndex("instalment_plans_provider_ref_unique").on(t.providerRef),
    check("instalment_plans_count_check", sql`${t.count} between 2 and 4`),
    check("instalment_plans_total_check", sql`${t.totalCents} > 0`),
  ],
);

export const INSTALMENT_STATUSES = [
  /** Cheques: not yet in hand. Card: not yet charged. */
  "expected",
  /** Cheque in hand, not deposited. */
  "received",
  /** Cheque given to the bank on a deposit slip: credited subject to collection, not settled. */
  "deposited",
  /** Settled: cheque cleared, or card charge paid. */
  "cashed",
  /** Cheque returned unpaid. */
  "bounced",
  /** Card charge refused (PayPlug may retry; the customer may pay by link). */
  "failed",
  "cancelled",
] as const;
export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[number];

/** One part of a plan: its date, its amount, and what became of it. */
export const instalments = pgTable(
  "instalments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => instalmentPlans.id, { onDelete: "cascade" }),
    /** 1..count. */
    position: integer("position").notNull(),
    /** Cheques: the day the shop deposits it. Card: the day PayPlug charges it. */
    dueOn: date("due_on").notNull(),
    amountCents: integer("amount_cents").notNull(),
    status: text("status").$type<InstalmentStatus>().notNull().default("expected"),
    chequeDrawer: text("cheque_drawer"),
    chequeBank: text("cheque_bank"),
    chequeNumber: text("cheque_number"),
    receivedOn: date("received_on"),
    depositedOn: date("deposited_on"),
    /** The day it was settled (cheque cleared, card charge paid) or bounced / failed. */
    settledOn: date("settled_on"),
    /** Card: the payment row of this part's charge (or of the link that paid it). */
    paymentId: uuid("payment_id").references(() => payments.id, { onDelete: "set null" }),
    /** Cheques: the deposit slip it went on, and the account payment that settled its invoice once cashed. */
    depositSlipId: uuid("deposit_slip_id").references((): AnyPgColumn => depositSlips.id, { onDelete: "restrict" }),
    accountPaymentId: uuid("account_payment_id").references(() => accountPayments.id, { onDelete: "restrict" }),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("instalments_plan_position_unique").on(t.planId, t.position),
    index("instalments_due_idx").on(t.status, t.dueOn),
    check("instalments_amount_check", sql`${t.amountCents} > 0`),
    check("instalments_position_check", sql`${t.position} between 1 and 4`),
    index("instalments_slip_idx").on(t.depositSlipId),
    // A cheque number is recorded once per plan (a double entry, or two admins at once).
    uniqueIndex("instalments_cheque_unique").on(t.planId, t.chequeNumber).where(sql`${t.chequeNumber} is not null and ${t.status} <> 'bounced'`),
  ],
);

/**
 * A « remise de chèques »: received cheques (single-cheque orders' payments, instalment cheques)
 * handed to the bank together. The bank credits the slip's total as ONE line of the statement:
 * the number and the total are what the statement import matches (deposit_slips_total_idx).
 * Numbered 1, 2, 3… without gaps, taken in the creating transaction.
 */
export const depositSlips = pgTable(
  "deposit_slips",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: integer("number").notNull(),
    depositedOn: date("deposited_on").notNull(),
    count: integer("count").notNull(),
    totalCents: integer("total_cents").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("deposit_slips_number_unique").on(t.number),
    index("deposit_slips_total_idx").on(t.totalCents, t.depositedOn),
    check("deposit_slips_count_check", sql`${t.count} > 0`),
    check("deposit_slips_total_check", sql`${t.totalCents} > 0`),
  ],
);
