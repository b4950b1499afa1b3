import "server-only";
import { isUniqueViolation } from "@/lib/db/errors";
import type { CheckoutErrors, CheckoutValues } from "@/lib/orders/checkout-form";
import { and, eq, gte, sql } from "drizzle-orm";
import { readCartItems, emptyCart } from "@/lib/cart/cart";
import { priceCart, type PricedCart } from "@/lib/cart/pricing";
import { newOrderReference, newToken, hashToken } from "@/lib/shared/tokens";
import { withTransactionRetry, type Db, type Tx } from "@/lib/db/client";
import { carts, orderLines, orders, payments, products, type OrderStatus, type PaymentMethod } from "@/lib/db/schema";
import type { PostalAddress } from "@/lib/shared/postal-address";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { currentTime } from "@/lib/shared/clock";
import { availablePaymentMethods, type MethodContext } from "@/lib/payments/methods";
import { queueOrderConfirmation } from "@/lib/use-cases/order-emails";
import { chequeInstructions, offlineInstructionsFor } from "@/lib/payments/offline-instructions";
import { isInstalmentCount } from "@/lib/billing/instalments";
import { createChequePlan } from "@/lib/use-cases/instalment-cheques";
import { todayInParis } from "@/lib/shared/dates";
import { recordOrderEvent } from "@/lib/orders/events";
import { hitRateLimits, type RateLimitBucket } from "@/lib/auth/rate-limit";
import { buyerContext } from "@/lib/use-cases/pro-buyer";
import { issueInvoiceForOrder } from "@/lib/use-cases/invoices";
import { CARD_INSTALMENT_MESSAGES } from "@/lib/payments/card-instalments";
import { cardInstalmentChoiceFor, writeCardInstalmentPlan } from "@/lib/use-cases/card-instalment-plans";

/**
 * Turns a cart into an order, in ONE transaction: order, lines (snapshot), stock decrement, first
 * payment, "order_created" event, confirmation e-mail in the outbox, and the cart emptied. Either
 * all of it happens or none of it does.
 *
 * Every order takes stock off sale until it is paid or cancelled, so creating orders is
 * rate-limited (orderRateLimitBuckets): per cart, per account and per customer e-mail
 * (ORDER_RATE_LIMIT), and per client address when one can be trusted (ORDER_ADDRESS_RATE_LIMIT,
 * TRUSTED_PROXY_HOPS). The counters are hit inside the transaction, so only orders actually
 * created count: a refused attempt (stale cart, out of stock, over a limit) rolls its hits back.
 */

export type CreateOrderInput = {
  cartId: string;
  /** The version of the priced cart the customer saw (hidden field of the checkout form). */
  expectedVersion: string;
  email: string;
  phone: string;
  billingAddress: PostalAddress;
  shippingAddress: PostalAddress;
  paymentMethod: string;
  /** 1 (or absent): at once; 2..4: a card instalment plan or several cheques, if offered to this buyer for this total. */
  instalments?: number;
  user: MethodContext["user"];
  /** The caller's address when it can be trusted (lib/auth/rate-limit.ts, trustedClientAddress); null or absent: unknown. */
  clientAddress?: string | null;
};

/** What the caller needs after the transaction: enough to redirect or to start an online payment. */
export type PlacedOrder = {
  orderId: string;
  reference: string;
  /** The guest access token, in clear: shown once, in the redirect and the e-mail. */
  accessToken: string;
  paymentId: string;
  method: PaymentMethod;
  status: OrderStatus;
  totalCents: number;
  /** Paid by card in this many parts through a PayPlug installment plan (startCardInstalmentPlan), or null. */
  cardInstalments: number | null;
  /** Relative URL of the order page, token included. */
  orderPath: string;
};

export type CreateOrderFailure = {
  ok: false;
  reason: "empty_cart" | "stale_cart" | "out_of_stock" | "method_unavailable" | "net30_refused" | "instalments_refused" | "rate_limited";
  message: string;
  /** The cart as it is now, priced: what the customer must see before trying again. */
  cart: PricedCart;
};

export type CreateOrderResult = { ok: true; order: PlacedOrder } | CreateOrderFailure;

/** What the checkout form's action answers (useActionState). */
export type PlaceOrderState =
  | { status: "idle" }
  | { status: "invalid"; message: string; errors: CheckoutErrors; values: CheckoutValues }
  /** Nothing was created; `cart` is the cart priced now, to show before the customer confirms again. */
  | { status: "refused"; reason: CreateOrderFailure["reason"]; message: string; errors: CheckoutErrors; values: CheckoutValues; cart: PricedCart };

export const CREATE_ORDER_MESSAGES = {
  empty_cart: "Votre panier est vide : la commande n'a pas été créée.",
  stale_cart: "Les prix ou le contenu de votre panier ont changé depuis l'affichage de cette page. Vérifiez le nouveau total avant de confirmer.",
  out_of_stock: "Un produit de votre panier n'est plus disponible en quantité suffisante. Votre commande n'a pas été créée ; ajustez votre panier.",
  method_unavailable: "Ce moyen de paiement n'est pas disponible pour cette commande. Choisissez-en un autre.",
  net30_refused: "Le paiement à 30 jours n'est pas disponible pour cette commande. Choisissez un autre moyen de paiement.",
  instalments_refused: "Le paiement en plusieurs fois n'est pas disponible pour cette commande : choisissez le paiement en une fois.",
  rate_limited:
    "Trop de commandes ont été passées en peu de temps avec ce panier, ce compte, cette adresse e-mail ou depuis cette connexion : par précaution, celle-ci n'a pas été créée. Réessayez un peu plus tard, ou contactez-nous.",
} as const satisfies Record<CreateOrderFailure["reason"], string>;

/** Thrown inside the transaction to roll it back; turned into a CreateOrderFailure outside. */
class OrderNotCreated extends Error {
  constructor(
    public readonly reason: CreateOrderFailure["reason"],
    /** A message more precise than the reason's own (why net-30 is refused). */
    public readonly detail?: string,
  ) {
    super(reason);
  }
}

export function orderPath(reference: string, accessToken: string): string {
  return `/commandes/${encodeURIComponent(reference)}?t=${encodeURIComponent(accessToken)}`;
}

/**
 * The counters an order creation hits: its cart, the signed-in account, the customer's e-mail
 * (a guest's "account"), and the client's address when it can be trusted. A rule set to "off"
 * (a load benchmark) adds no bucket.
 */
export function orderRateLimitBuckets(
  input: Pick<CreateOrderInput, "cartId" | "email" | "user" | "clientAddress">,
  rules = { perCustomer: env.orderRateLimit, perAddress: env.orderAddressRateLimit },
): RateLimitBucket[] {
  const buckets: RateLimitBucket[] = [];
  if (rules.perCustomer) {
    buckets.push({ key: `order-cart:${input.cartId}`, ...rules.perCustomer });
    if (input.user) buckets.push({ key: `order-user:${input.user.id}`, ...rules.perCustomer });
    buckets.push({ key: `order-email:${input.email.trim().toLowerCase()}`, ...rules.perCustomer });
  }
  if (rules.perAddress && input.clientAddress) buckets.push({ key: `order-address:${input.clientAddress}`, ...rules.perAddress });
  return buckets;
}

type Deps = {
  /** Injected by tests to force a reference clash. */
  newReference?: () => string;
  /** Injected by tests to simulate another purchase landing between pricing and the stock update. */
  beforeStockUpdate?: (tx: Tx) => Promise<void>;
};

const MAX_REFERENCE_ATTEMPTS = 5;

export async function createOrder(db: Db, input: CreateOrderInput, deps: Deps = {}): Promise<CreateOrderResult> {
  try {
    const order = await withTransactionRetry(db, (tx) => createInTransaction(tx, input, deps));
    log.info("orders", "order created", { reference: order.reference, method: order.method, totalCents: order.totalCents });
    return { ok: true, order };
  } catch (error) {
    if (!(error instanceof OrderNotCreated)) throw error;
    const buyer = await buyerContext(db, input.user?.id);
    const cart = priceCart(await readCartItems(db, input.cartId), env.shipping, buyer.treatment);
    return { ok: false, reason: error.reason, message: error.detail ?? CREATE_ORDER_MESSAGES[error.reason], cart };
  }
}

async function createInTransaction(tx: Tx, input: CreateOrderInput, deps: Deps): Promise<PlacedOrder> {
  // Lock the cart: a double submit waits here, then finds the cart empty instead of ordering twice.
  const [cart] = await tx.select({ id: carts.id }).from(carts).where(eq(carts.id, input.cartId)).for("update");
  if (!cart) throw new OrderNotCreated("empty_cart");
  if (!(await hitRateLimits(tx, orderRateLimitBuckets(input)))) throw new OrderNotCreated("rate_limited");

  // The buyer's account (VAT treatment, net-30 right) read under its row lock: two net-30 orders
  // placed at once are checked against the credit limit one after the other.
  const buyer = await buyerContext(tx, input.user?.id, { lock: true });
  // Prices are read (and the products locked) inside the transaction: what is charged is what is checked.
  const priced = priceCart(await readCartItems(tx, input.cartId, { lock: true }), env.shipping, buyer.treatment);
  if (priced.lines.length === 0) throw new OrderNotCreated("empty_cart");
  if (priced.version !== input.expectedVersion) throw new OrderNotCreated("stale_cart");
  if (priced.lines.some((l) => l.problem === "unavailable")) throw new OrderNotCreated("stale_cart");

  const net30 = buyer.net30(priced.totals.totalCents);
  if (input.paymentMethod === "net30" && !net30.allowed) throw new OrderNotCreated("net30_refused", net30.message);
  const method = availablePaymentMethods({ user: input.user, totalCents: priced.totals.totalCents, net30 }).find((m) => m.id === input.paymentMethod);
  if (!method) throw new OrderNotCreated("method_unavailable");
  // Instalments: the count is the only thing the browser says; who may, for which total, and the
  // schedule are decided here, under the account's lock for a pro (a tampered count, method or
  // total is refused, nothing written).
  const instalmentCount = input.instalments ?? 1;
  if (instalmentCount !== 1) {
    if (method.id === "card") {
      const choice = cardInstalmentChoiceFor(buyer, priced.totals.totalCents);
      if (!choice.ok) throw new OrderNotCreated("instalments_refused", choice.message);
      if (!choice.counts.includes(instalmentCount)) throw new OrderNotCreated("instalments_refused", CARD_INSTALMENT_MESSAGES.bad_count);
    } else if (method.id === "cheque" && isInstalmentCount(instalmentCount)) {
      const allowed = buyer.chequeInstalments(priced.totals.totalCents);
      if (!allowed.allowed) throw new OrderNotCreated("instalments_refused", allowed.message);
    } else if (method.id === "cheque") {
      throw new OrderNotCreated("instalments_refused", "Le paiement en plusieurs chèques se fait en 2, 3 ou 4 fois : choisissez l'un de ces échéanciers ou le paiement en une fois.");
    } else {
      throw new OrderNotCreated("instalments_refused", CARD_INSTALMENT_MESSAGES.not_card);
    }
  }
  const byCheques = method.id === "cheque" && instalmentCount !== 1 && isInstalmentCount(instalmentCount) ? instalmentCount : null;
  const initialStatus: OrderStatus = byCheques ? "awaiting_cheques" : method.initialOrderStatus;

  const accessToken = newToken();
  const orderValues = {
    userId: input.user?.id ?? null,
    email: input.email,
    phone: input.phone,
    billingAddress: input.billingAddress,
    shippingAddress: input.shippingAddress,
    status: initialStatus,
    paymentMethod: method.id,
    itemsCents: priced.totals.itemsCents,
    shippingCents: priced.totals.shippingCents,
    totalCents: priced.totals.totalCents,
    vatCents: priced.totals.vatCents,
    vatExemption: buyer.vatExemption,
    accessTokenHash: hashToken(accessToken),
    createdAt: currentTime(),
  };

  // References are random; a clash is astronomically rare but the unique index is the judge.
  // Each try runs in a savepoint so that a clash does not abort the whole transaction.
  let created: { id: string; reference: string } | undefined;
  for (let attempt = 1; !created; attempt++) {
    const reference = (deps.newReference ?? newOrderReference)();
    try {
      created = await tx.transaction(async (sp) => {
        const [row] = await sp.insert(orders).values({ ...orderValues, reference }).returning({ id: orders.id, reference: orders.reference });
        return row!;
      });
    } catch (error) {
      if (!isUniqueViolation(error, "orders_reference_unique") || attempt >= MAX_REFERENCE_ATTEMPTS) throw error;
      log.warn("orders", "order reference clash, retrying", { attempt });
    }
  }

  await tx.insert(orderLines).values(
    priced.lines.map((l, position) => ({
      orderId: created.id,
      productId: l.productId,
      name: l.name,
      unitPriceCents: l.unitPriceCents,
      quantity: l.quantity,
      vatRateBp: l.vatRateBp,
      lineTotalCents: l.lineTotalCents,
      position,
    })),
  );

  if (deps.beforeStockUpdate) await deps.beforeStockUpdate(tx);
  for (const line of priced.lines) {
    const updated = await tx
      .update(products)
      .set({ stock: sql`${products.stock} - ${line.quantity}`, updatedAt: new Date() })
      .where(and(eq(products.id, line.productId), gte(products.stock, line.quantity)))
      .returning({ id: products.id });
    if (updated.length === 0) throw new OrderNotCreated("out_of_stock");
  }

  const [payment] = await tx
    .insert(payments)
    .values({
      orderId: created.id,
      method: method.id,
      provider: method.provider ?? null,
      status: method.initialPaymentStatus,
      amountCents: priced.totals.totalCents,
      attempt: 1,
    })
    .returning({ id: payments.id });

  if (instalmentCount > 1 && method.id === "card") {
    await writeCardInstalmentPlan(tx, {
      orderId: created.id,
      firstPaymentId: payment!.id,
      totalCents: priced.totals.totalCents,
      count: instalmentCount,
      buyer: buyer.account ? "pro" : "consumer",
    });
  }

  await recordOrderEvent(tx, {
    orderId: created.id,
    paymentId: payment!.id,
    actor: { type: "customer", id: input.user?.id ?? null },
    type: "order_created",
    to: initialStatus,
    data: { method: method.id, totalCents: priced.totals.totalCents, lines: priced.lines.length, instalments: instalmentCount > 1 ? instalmentCount : null },
  });
  // The plan and its parts are written with the order: the confirmation below carries the schedule.
  const schedule = byCheques ? await createChequePlan(tx, { orderId: created.id, totalCents: priced.totals.totalCents, count: byCheques, startDay: todayInParis(orderValues.createdAt) }) : undefined;

  const path = orderPath(created.reference, accessToken);
  // Offline methods: the confirmation carries the payment instructions. Online methods confirm
  // once the provider says the payment went through (their receipt), not before.
  if (method.kind === "offline") {
    await queueOrderConfirmation(tx, created.id, {
      instructions: schedule
        ? chequeInstructions({ reference: created.reference, amountCents: priced.totals.totalCents }, schedule)
        : offlineInstructionsFor(method.id, { reference: created.reference, amountCents: priced.totals.totalCents }),
      orderUrl: `${env.appUrl}${path}`,
    });
  }
  // Net-30: the invoice is issued with the order, in this transaction; its e-mail is the confirmation.
  if (method.kind === "on_account") await issueInvoiceForOrder(tx, created.id, "on_account");
  await emptyCart(tx, input.cartId);
  // The checkout, opened again from this browser, shows this order and how to pay it.
  await tx.update(carts).set({ placedOrderId: created.id, updatedAt: new Date() }).where(eq(carts.id, input.cartId));

  return {
    orderId: created.id,
    reference: created.reference,
    accessToken,
    paymentId: payment!.id,
    method: method.id,
    status: initialStatus,
    totalCents: priced.totals.totalCents,
    cardInstalments: instalmentCount > 1 && method.id === "card" ? instalmentCount : null,
    orderPath: path,
  };
}
