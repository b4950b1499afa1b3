import "server-only";
import { z } from "zod";
import { availablePaymentLinkMethods, findPaymentLink, type PaymentLinkState } from "@/lib/payments/payment-links";
import { retryOrderPayment } from "@/lib/payments/retry";
import type { StartOnlinePaymentResult } from "@/lib/payments/start-online-payment";

/**
 * Paying through a secure link: the token is checked again at submit time (it may have expired or
 * been used since the page was shown), then a new attempt is started with the chosen method and
 * remembers the link, which becomes "used" once that attempt is paid.
 */

export const payWithLinkInput = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
  method: z.enum(["card", "paypal"]),
});

export const LINK_STATE_MESSAGES: Readonly<Record<Exclude<PaymentLinkState, "valid">, { title: string; body: string }>> = {
  expired: {
    title: "Ce lien de paiement a expiré",
    body: "Pour votre sécurité, les liens de paiement ne sont valables que quelques jours. Demandez-nous un nouveau lien en répondant à l'e-mail reçu ou en nous écrivant : votre commande est conservée.",
  },
  used: {
    title: "Ce lien de paiement a déjà servi",
    body: "Un paiement a déjà été effectué avec ce lien. Si vous pensez qu'il s'agit d'une erreur, contactez-nous en indiquant la référence de votre commande.",
  },
  paid: {
    title: "Cette commande est déjà réglée",
    body: "Nous avons bien reçu le paiement de cette commande : vous n'avez plus rien à payer. Vous recevrez un e-mail dès son expédition.",
  },
  cancelled: {
    title: "Cette commande a été annulée",
    body: "Elle ne peut plus être payée. Si vous souhaitez toujours ces articles, passez une nouvelle commande ou contactez-nous.",
  },
};

export const NOT_FOUND_LINK = {
  title: "Lien de paiement inconnu",
  body: "Ce lien n'est pas valide : vérifiez qu'il a été copié en entier depuis l'e-mail reçu, ou contactez-nous en indiquant la référence de votre commande.",
};

export type PayWithLinkResult = StartOnlinePaymentResult | { ok: false; code: "link_invalid"; message: string };

export async function payWithPaymentLink(input: z.infer<typeof payWithLinkInput>): Promise<PayWithLinkResult> {
  const view = await findPaymentLink(input.token);
  if (!view) return { ok: false, code: "link_invalid", message: NOT_FOUND_LINK.body };
  if (view.state !== "valid") return { ok: false, code: "link_invalid", message: LINK_STATE_MESSAGES[view.state].body };
  const method = availablePaymentLinkMethods().find((m) => m.method === input.method);
  if (!method) return { ok: false, code: "link_invalid", message: "Ce moyen de paiement n'est pas proposé pour ce lien." };
  return retryOrderPayment({
    orderId: view.order.id,
    actor: { type: "customer", id: null },
    method: method.method,
    provider: method.provider,
    paymentLinkId: view.linkId,
  });
}
