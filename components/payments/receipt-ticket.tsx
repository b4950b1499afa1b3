import { AddressBlock } from "@/components/shop/address-block";
import { formatEur } from "@/lib/shared/money";
import { formatDateFr, formatDateTimeFr } from "@/lib/shared/dates";
import { vatRateLabel, type ReceiptView } from "@/lib/payments/receipt";
import { shippingLabel } from "@/lib/shared/shipping-label";
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
      {r.paidByCard || r.live === false ? (
        <p className="mt-4 font-sans text-xs text-stone-500">
          {r.paidByCard ? "Le numéro de votre carte n'est jamais transmis à la boutique : seuls ses 4 derniers chiffres figurent sur ce ticket." : null}
          {r.live === false ? " Paiement de test (bac à sable) : aucun débit réel." : null}
        </p>
      ) : null}
    </article>
  );
}

/** The order the ticket pays: what was bought, for how much (VAT per rate), by whom, where it goes, and who sold it. */
export function ReceiptOrderDetails({ receipt: r }: { receipt: ReceiptView }) {
  const o = r.order;
  return (
    <section aria-labelledby="receipt-order-title" className="mx-auto w-full max-w-2xl rounded-xl border border-stone-300 bg-white p-6 text-sm shadow-sm print:border-0 print:shadow-none" data-testid="receipt-order">
      <h2 id="receipt-order-title" className="text-lg font-semibold">
        Commande {r.reference} du {formatDateFr(o.placedAt)}
      </h2>
      <p className="mt-1 text-stone-700" data-testid="receipt-customer">
        {o.customerName} · {o.email}
      </p>
      <table className="mt-4 w-full border-collapse">
        <caption className="sr-only">Articles de la commande</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left text-xs text-stone-600">
            <th scope="col" className="py-2 pr-2 font-medium">
              Article
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Qté
            </th>
            <th scope="col" className="hidden px-2 py-2 text-right font-medium sm:table-cell">
              Prix unitaire
            </th>
            <th scope="col" className="py-2 pl-2 text-right font-medium">
              Total TTC
            </th>
          </tr>
        </thead>
        <tbody>
          {o.lines.map((l, i) => (
            <tr key={i} className="border-b border-stone-100" data-testid="receipt-line">
              <td className="py-2 pr-2">
                {l.name} <span className="text-xs text-stone-500">(TVA {vatRateLabel(l.vatRateBp)})</span>
              </td>
              <td className="px-2 py-2 text-right tabular-nums">{l.quantity}</td>
              <td className="hidden px-2 py-2 text-right tabular-nums sm:table-cell">{formatEur(l.unitPriceCents)}</td>
              <td className="py-2 pl-2 text-right tabular-nums">{formatEur(l.lineTotalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="mt-3 ml-auto flex max-w-xs flex-col gap-1">
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">Sous-total</dt>
          <dd className="tabular-nums">{formatEur(o.itemsCents)}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">Livraison</dt>
          <dd className="tabular-nums">{shippingLabel(o.shippingCents)}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">Total HT</dt>
          <dd className="tabular-nums">{formatEur(o.netCents)}</dd>
        </div>
        {o.vatRates.map((v) => (
          <div key={v.vatRateBp} className="flex justify-between gap-4" data-testid="receipt-vat">
            <dt className="text-stone-600">TVA {vatRateLabel(v.vatRateBp)}</dt>
            <dd className="tabular-nums">{formatEur(v.vatCents)}</dd>
          </div>
        ))}
        <div className="flex justify-between gap-4 border-t border-stone-300 pt-1 font-semibold">
          <dt>Total TTC</dt>
          <dd className="tabular-nums" data-testid="receipt-total">
            {formatEur(o.totalCents)}
          </dd>
        </div>
      </dl>
      <div className="mt-5 grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-600">Livraison</h3>
          <AddressBlock address={o.shippingAddress} />
        </div>
        <div>
          <h3 className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-600">Facturation</h3>
          <AddressBlock address={o.billingAddress} />
        </div>
      </div>
      <p className="mt-5 border-t border-stone-200 pt-3 text-xs text-stone-500" data-testid="receipt-seller">
        {r.seller.legalName} — {r.seller.address.split("\n").join(", ")} — SIRET {r.seller.siret} — TVA intracommunautaire {r.seller.vatNumber} — {r.seller.email}
      </p>
    </section>
  );
}
