import { formatEur } from "@/lib/shared/money";
import type { OfflineSummary } from "@/lib/payments/offline-result";

/** The sentence after a successful back-office payment action. */
export function describeSummary(what: string, s: OfflineSummary): string {
  if (s.status === "paid") {
    return `${what} La commande est payée${s.overpaidCents > 0 ? ` (trop-perçu : ${formatEur(s.overpaidCents)})` : ""}.`;
  }
  return `${what} Reste à recevoir : ${formatEur(s.outstandingCents)}.`;
}
