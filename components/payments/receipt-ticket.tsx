import { formatEur } from "@/lib/shared/money";
import { formatDateTimeFr } from "@/lib/shared/dates";
import type { ReceiptView } from "@/lib/payments/receipt";
import { TEST_ORDER_MARK } from "@/lib/payments/test-mode";

const RESULT_TONE: Record<ReceiptView["result"], string> = {
  accepted: "border-emerald-300 bg-emerald-50 text-emerald-900",
  refused: "border-red-300 bg-red-50 text-red-900",
  cancelled: "border-stone-300 bg-stone-100 text-stone-900",
  pending: "border-amber-300 bg-amber-50 text-amber-900",
  not_started: "border-amber-300 bg-amber-50 text-amber-900",
};

/** The electronic receipt ("ticket"): what a card terminal prints, for an online payment. */
export function ReceiptTicket({ receipt: r }: { receipt: ReceiptView }) {
  const rows: [string, string, string?][] = [
    ["Commande", r.reference, "receipt-reference"],
    ["Date et heure", formatDateTimeFr(r.at), "receipt-date"],
    ["Montant", formatEur(r.amountCents), "receipt-amount"],
    ["Moyen de paiement", r.methodLabel, "receipt-method"],
    ...(r.transactionId ? ([["N° de transaction", r.transactionId, "receipt-transaction"]] as [string, string, string][]) : []),
    ...(r.card ? ([["Carte", r.card, "receipt-card"]] as [string, string, string][]) : []),
    ...(r.payerEmail ? ([["Compte PayPal", r.payerEmail, "receipt-payer"]] as [string, string, string][]) : []),
    ...(r.threeDSecure !== null ? ([["3-D Secure", r.threeDSecure ? "oui" : "non", "receipt-3ds"]] as [string, string, string][]) : []),
    ...(r.refundedCents > 0 ? ([["Remboursé", formatEur(r.refundedCents), "receipt-refunded"]] as [string, string, string][]) : []),
  ];
  return (
    <article aria-labelledby="ticket-title" className="mx-auto w-full max-w-md rounded-xl border border-stone-300 bg-white p-6 font-mono text-sm shadow-sm print:max-w-none print:border-0 print:shadow-none">
      {r.live === false ? (
        <p role="note" className="mb-4 rounded border-2 border-amber-500 bg-amber-50 p-2 text-center font-sans text-base font-bold text-amber-900" data-testid="receipt-test-mark">
          {TEST_ORDER_MARK}
        </p>
      ) : null}
      <header className="mb-4 border-b border-dashed border-stone-300 pb-4 text-center">
        <p className="font-sans text-lg font-semibold">{r.shopName}</p>
        <p className="whitespace-pre-line text-xs text-stone-600">{r.shopAddress}</p>
        <h1 id="ticket-title" className="mt-3 text-xs font-semibold uppercase tracking-widest">
          Ticket de paiement électronique
        </h1>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {rows.map(([label, value, testId]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            {/* Text wraps between words ("paiement sécurisé" stays whole; a too-long e-mail still breaks
                rather than overflow). Only the transaction number, one long token, is cut anywhere. */}
            <dd className={`${testId === "receipt-transaction" ? "break-all" : "break-words"} min-w-0 text-right font-semibold`} data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className={`mt-5 rounded-lg border p-3 text-center ${RESULT_TONE[r.result]}`}>
        <p className="text-base font-bold uppercase" data-testid="receipt-result">
          {r.resultLabel}
        </p>
        {r.reason ? (
          <p className="mt-1 font-sans text-sm" data-testid="receipt-reason">
            {r.reason}
          </p>
        ) : null}
      </div>
      <p className="mt-4 font-sans text-xs text-stone-500">
        Le numéro de votre carte n&apos;est jamais transmis à la boutique : seuls ses 4 derniers chiffres figurent sur ce ticket.
        {r.live === false ? " Paiement de test (bac à sable) : aucun débit réel." : null}
      </p>
    </article>
  );
}
