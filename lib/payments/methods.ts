import type { CurrentUser } from "@/lib/auth/session";
import type { OrderStatus, PaymentMethod, PaymentProvider, PaymentStatus } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import type { Cents } from "@/lib/shared/money";
import type { Net30Decision } from "@/lib/billing/net30";
import { PAYMENT_METHOD_LABELS } from "./labels";

/**
 * The payment methods the checkout offers, in display order. Each payment area adds its own entry
 * here (one object in PAYMENT_METHODS_REGISTRY) and, for an online method, its branch in
 * lib/use-cases/after-order.ts.
 *
 * - offline: the customer pays outside the shop (transfer, cheque); an admin records the money.
 * - online: the shop hands the customer to a provider right after the order is created.
 */

export type MethodContext = {
  user: Pick<CurrentUser, "id" | "role" | "proStatus" | "net30Allowed"> | null;
  totalCents: Cents;
  /** Whether this buyer may pay this order at 30 days, read from its account (lib/use-cases/pro-buyer.ts); absent: no. */
  net30?: Net30Decision;
};

export type PaymentMethodDefinition = {
  id: PaymentMethod;
  /** Short French name shown on the picker ("Virement bancaire"). */
  label: string;
  /** One French sentence under the label. */
  description: string;
  /** offline: paid outside the shop; online: through a provider; on_account: invoiced, paid later. */
  kind: "offline" | "online" | "on_account";
  /** Online methods: the provider whose gateway starts and reconciles the payment. */
  provider?: PaymentProvider;
  /** The order's status right after it is placed with this method. */
  initialOrderStatus: OrderStatus;
  /** The first payment row's status ("pending" for offline instructions, "created" before a provider call). */
  initialPaymentStatus: PaymentStatus;
  isAvailable(context: MethodContext): boolean;
};

export const PAYMENT_METHODS_REGISTRY: readonly PaymentMethodDefinition[] = [
  {
    id: "card",
    label: PAYMENT_METHOD_LABELS.card,
    description: "Visa, Mastercard, CB : vous saisissez votre carte sur la page sécurisée de PayPlug, avec le code de votre banque (3-D Secure).",
    kind: "online",
    provider: "payplug",
    initialOrderStatus: "pending_payment",
    initialPaymentStatus: "created",
    // PayPlug accepts 0,99 € to 20 000 € per payment (spec §5.1).
    isAvailable: ({ totalCents }) => env.payplug.enabled && totalCents >= 99 && totalCents <= 2_000_000,
  },
  {
    id: "transfer",
    label: PAYMENT_METHOD_LABELS.transfer,
    description: "Nous vous donnons notre IBAN et la référence à indiquer ; la commande part dès réception du virement.",
    kind: "offline",
    initialOrderStatus: "awaiting_transfer",
    initialPaymentStatus: "pending",
    isAvailable: ({ totalCents }) => totalCents > 0,
  },
  {
    id: "cheque",
    label: PAYMENT_METHOD_LABELS.cheque,
    description: "Envoyez-nous votre chèque par courrier ; la commande part dès son encaissement.",
    kind: "offline",
    initialOrderStatus: "awaiting_cheque",
    initialPaymentStatus: "pending",
    isAvailable: ({ totalCents }) => totalCents > 0,
  },
  {
    id: "paypal",
    label: PAYMENT_METHOD_LABELS.paypal,
    description: "Avec votre compte PayPal, ou par carte bancaire via PayPal sans créer de compte.",
    kind: "online",
    provider: "paypal",
    initialOrderStatus: "pending_payment",
    initialPaymentStatus: "created",
    isAvailable: ({ totalCents }) => env.paypal.enabled && totalCents > 0,
  },
  {
    id: "net30",
    label: "Paiement à 30 jours (sur facture)",
    description: "Nous vous envoyons la facture avec la commande ; vous la réglez à l'échéance, par carte, virement ou chèque, depuis votre espace pro.",
    kind: "on_account",
    initialOrderStatus: "on_account",
    initialPaymentStatus: "pending",
    isAvailable: ({ net30, totalCents }) => totalCents > 0 && net30?.allowed === true,
  },
];

export function findPaymentMethod(id: string): PaymentMethodDefinition | undefined {
  return PAYMENT_METHODS_REGISTRY.find((m) => m.id === id);
}

export function availablePaymentMethods(context: MethodContext): PaymentMethodDefinition[] {
  return PAYMENT_METHODS_REGISTRY.filter((m) => m.isAvailable(context));
}
