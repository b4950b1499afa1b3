import "server-only";
import { z } from "zod";
import { formatDeadlineFr } from "@/lib/shared/dates";
import { paymentLinkValidity } from "@/lib/shared/duration";
import { env } from "@/lib/shared/env";
import type { Actor } from "@/lib/orders/events";
import { availablePaymentLinkMethods, findPaymentLink, PAYMENT_LINK_MESSAGES, type PaymentLinkState } from "@/lib/payments/payment-links";
import { sendPaymentLink } from "@/lib/use-cases/send-payment-link";
import { retryOrderPayment } from "@/lib/use-cases/retry-payment";
import type { StartOnlinePaymentResult } from "@/lib/use-cases/start-payment";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";
import { orderLinkToken, orderPagePaths } from "@/lib/orders/access";
import { changePaymentMethod, type ChangeMethodResult } from "@/lib/use-cases/change-payment-method";
import { payInstalmentWithLink } from "@/lib/use-cases/card-instalment-plans";

/**
 * Paying through a secure link: the token is checked again at submit time (it may have expired or
 * been used since the page was shown), then a new attempt is started with the chosen method and
 * remembers the link, which becomes "used" once that attempt is paid.
 */

export const payWithLinkInput = z.object({
  token: z.string({ error: "Lien de paiement inconnu." }).regex(/^[A-Za-z0-9_-]{20,100}$/, "Lien de paiement inconnu."),
  method: z.enum(["card", "paypal", "transfer", "cheque"], { error: "Choisissez un moyen de paiement." }),
});

type LinkStateText = { title: string; body: string };

/** Why a link cannot be used now, in French; the expiry says how long links last ("7 jours"). */
export function linkStateMessage(state: Exclude<PaymentLinkState, "valid">, ttlDays: number = env.paymentLinkTtlDays, link?: { automatic: boolean; expiresAt: Date }): LinkStateText {
  switch (state) {
    case "expired":
      return {
        title: "Ce lien de paiement a expiré",
        // The link of a failure e-mail lasts until the order's own deadline (lib/orders/unpaid-deadline.ts), not the links' usual validity.
        body: link?.automatic
          ? `Ce lien était valable jusqu'au ${formatDeadlineFr(link.expiresAt)}. Si votre commande n'a pas été annulée entre-temps, demandez un nouveau lien : il sera envoyé à l'adresse e-mail de la commande.`
          : `Pour votre sécurité, un lien de paiement n'est valable que ${paymentLinkValidity(ttlDays)}. Votre commande est conservée : demandez un nouveau lien, il sera envoyé à l'adresse e-mail de la commande.`,
      };
    case "used":
      return {
        title: "Ce lien de paiement a déjà servi",
        body: "Un paiement a déjà été effectué avec ce lien. Si vous pensez qu'il s'agit d'une erreur, contactez-nous en indiquant la référence de votre commande.",
      };
    case "paid":
      return {
        title: "Cette commande est déjà réglée",
        body: "Nous avons bien reçu le paiement de cette commande : vous n'avez plus rien à payer. Nous préparons votre commande.",
      };
    case "cancelled":
      return {
        title: "Cette commande a été annulée",
        body: "Elle ne peut plus être payée. Si vous souhaitez toujours ces articles, passez une nouvelle commande ou contactez-nous.",
      };
  }
}

export const NOT_FOUND_LINK = {
  title: "Lien de paiement inconnu",
  body: "Ce lien n'est pas valide : vérifiez qu'il a été copié en entier depuis l'e-mail reçu, ou contactez-nous en indiquant la référence de votre commande.",
};

export type PayWithLinkResult =
  | StartOnlinePaymentResult
  /** Transfer or cheque: the order page, which shows the instructions (also e-mailed). */
  | { ok: true; redirectUrl: string; providerRef: null }
  | { ok: false; code: "link_invalid" | ChangeMethodFailure["code"]; message: string };

type ChangeMethodFailure = Extract<ChangeMethodResult, { ok: false }>;

export async function payWithPaymentLink(input: z.infer<typeof payWithLinkInput>): Promise<PayWithLinkResult> {
  const view = await findPaymentLink(input.token);
  if (!view) return { ok: false, code: "link_invalid", message: NOT_FOUND_LINK.body };
  if (view.state !== "valid") return { ok: false, code: "link_invalid", message: linkStateMessage(view.state).body };
  // A link for one part of a card instalment plan: that part's amount, by card only.
  if (view.instalment) {
    if (input.method !== "card") return { ok: false, code: "link_invalid", message: "Ce moyen de paiement n'est pas proposé pour ce lien." };
    return payInstalmentWithLink({ ...view, instalment: view.instalment });
  }
  const method = availablePaymentLinkMethods(view.order.dueCents, view.order.awaiting).find((m) => m.method === input.method);
  if (!method) return { ok: false, code: "link_invalid", message: "Ce moyen de paiement n'est pas proposé pour ce lien." };
  if (!method.provider) {
    const switched = await changePaymentMethod({ orderId: view.order.id, method: method.method, actor: { type: "customer", id: null }, user: null });
    if (!switched.ok) return switched;
    // The holder of a link has no order link yet: a fresh signed one opens the order's page.
    const [order] = await (await getDb()).select().from(orders).where(eq(orders.id, view.order.id));
    return { ok: true, redirectUrl: orderPagePaths(view.order.reference, orderLinkToken(order!)).order, providerRef: null };
  }
  return retryOrderPayment({
    orderId: view.order.id,
    actor: { type: "customer", id: null },
    method: method.method,
    provider: method.provider,
    paymentLinkId: view.linkId,
  });
}

/** "j•••@example.fr": enough to recognise one's address, not enough to learn it from a forwarded link. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

export const linkTokenInput = z.object({ token: payWithLinkInput.shape.token });

export type NewLinkResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * "Recevoir un nouveau lien de paiement par e-mail" from an EXPIRED link's page: the expired token
 * proves the visitor was sent a link for this order, so a new one goes to the order's own address
 * (never one typed here), under the same limits as the receipt's button (sendPaymentLink: one every
 * 2 minutes, 5 a day per order). Any other state (unknown, valid, used, paid, cancelled) sends nothing.
 */
export async function requestNewLinkFromExpired(token: string, actor: Actor): Promise<NewLinkResult> {
  const view = await findPaymentLink(token);
  if (!view) return { ok: false, message: NOT_FOUND_LINK.body };
  if (view.state !== "expired") return { ok: false, message: view.state === "valid" ? "Ce lien est encore valable : utilisez-le pour payer." : linkStateMessage(view.state).body };
  const result = await sendPaymentLink({ orderId: view.order.id, actor });
  return result.ok ? { ok: true, message: PAYMENT_LINK_MESSAGES.sent(maskEmail(result.sentTo)) } : { ok: false, message: result.message };
}
