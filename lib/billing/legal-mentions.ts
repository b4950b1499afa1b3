/*
 * The sentences French law requires on an invoice between professionals (Code de commerce
 * L441-9 and L441-10; D441-5 for the 40 € indemnity), from the shop's configuration. Pure.
 */

export const RECOVERY_INDEMNITY_MENTION =
  "Tout retard de paiement entraîne de plein droit une indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 et D441-5 du Code de commerce).";

const LATE_PENALTY_OPENING = "En cas de retard de paiement, des pénalités sont exigibles";

export function latePenaltyMention(ratePercent: number | null): string {
  const rate =
    ratePercent === null
      ? "au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points de pourcentage"
      : `au taux annuel de ${ratePercent.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} %`;
  return `${LATE_PENALTY_OPENING} dès le lendemain de la date d'échéance, ${rate} (art. L441-10 du Code de commerce).`;
}

/** The penalty sentence an issued invoice printed (its rate, not today's configuration's), if any. */
export function latePenaltyMentionOf(mentions: readonly string[]): string | null {
  return mentions.find((m) => m.startsWith(LATE_PENALTY_OPENING)) ?? null;
}

export function b2bLegalMentions(terms: { latePaymentRatePercent: number | null; earlyPaymentDiscount: string }): string[] {
  return [latePenaltyMention(terms.latePaymentRatePercent), RECOVERY_INDEMNITY_MENTION, terms.earlyPaymentDiscount];
}

export const OPERATION_CATEGORY = "Livraison de biens";
export const REVERSE_CHARGE_MENTION = "Exonération de TVA, article 262 ter I du CGI (autoliquidation par le preneur).";
export const EXPORT_MENTION = "Exonération de TVA, article 262 I du CGI (exportation hors de l'Union européenne).";
