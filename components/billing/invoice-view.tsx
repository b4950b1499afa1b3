import { Price } from "@/components/ui/price";
import type { DocumentAddress, DocumentParty, InvoiceDocument } from "@/lib/billing/invoice-document";
import { scheduleSentence } from "@/lib/billing/instalments";
import { proCountryLabel } from "@/lib/billing/pro-application";
import { formatIsoDateFr } from "@/lib/shared/dates";

/** An issued invoice or credit note on screen: the same frozen document its PDF renders. */
export function InvoiceView({ doc, remainingCents }: { doc: InvoiceDocument; remainingCents?: number }) {
  const title = doc.kind === "invoice" ? "Facture" : "Avoir";
  return (
    <article className="flex flex-col gap-6 text-sm" aria-labelledby="invoice-title">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 id="invoice-title" className="text-2xl font-semibold">
            {title} <span className="font-mono">{doc.number}</span>
          </h1>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            <dt className="text-stone-600">Date d&apos;émission</dt>
            <dd>{formatIsoDateFr(doc.issueDate)}</dd>
            <dt className="text-stone-600">Date de livraison</dt>
            <dd>{formatIsoDateFr(doc.deliveryDate)}</dd>
            {doc.dueDate ? (
              <>
                <dt className="text-stone-600">Échéance</dt>
                <dd className="font-semibold" data-testid="invoice-due-date">
                  {formatIsoDateFr(doc.dueDate)}
                </dd>
              </>
            ) : null}
            <dt className="text-stone-600">Commande</dt>
            <dd className="font-mono">{doc.orderReference}</dd>
            {doc.precedingInvoice ? (
              <>
                <dt className="text-stone-600">Facture corrigée</dt>
                <dd className="font-mono">
                  {doc.precedingInvoice.number} du {formatIsoDateFr(doc.precedingInvoice.issueDate)}
                </dd>
              </>
            ) : null}
          </dl>
        </div>
        {doc.settled ? (
          <p className="rounded-lg border-2 border-emerald-700 px-3 py-2 font-semibold uppercase tracking-wide text-emerald-800">
            Acquittée le {formatIsoDateFr(doc.settled.on)} · {doc.settled.methodLabel}
          </p>
        ) : null}
      </header>
      <div className="grid gap-4 sm:grid-cols-2">
        <Party title="Vendeur" party={doc.seller} extra={[`${doc.seller.legalForm} au capital de ${doc.seller.shareCapital}`, doc.seller.registration ?? ""]} />
        <Party title="Client" party={doc.buyer} />
      </div>
      {doc.deliveryAddress ? (
        <div>
          <h2 className="font-semibold">Adresse de livraison</h2>
          <AddressLines name={doc.deliveryAddress.name} address={doc.deliveryAddress} />
        </div>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full">
          <thead>
            <tr className="border-b border-stone-300 text-left text-stone-600">
              <th className="py-2 pr-3 font-medium">Désignation</th>
              <th className="py-2 pr-3 text-right font-medium">Qté</th>
              <th className="py-2 pr-3 text-right font-medium">TVA</th>
              <th className="py-2 text-right font-medium">Montant HT</th>
            </tr>
          </thead>
          <tbody>
            {doc.lines.map((l) => (
              <tr key={l.position} className="border-b border-stone-100">
                <td className="py-1.5 pr-3">{l.name}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{l.quantity}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{(l.vatRateBp / 100).toLocaleString("fr-FR")} %</td>
                <td className="py-1.5 text-right">
                  <Price cents={l.netCents} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="ml-auto grid w-full max-w-xs grid-cols-[1fr_auto] gap-x-4 gap-y-1">
        {doc.vat.map((v) => (
          <div key={`${v.vatCategory}-${v.vatRateBp}`} className="contents">
            <dt className="text-stone-600">TVA {(v.vatRateBp / 100).toLocaleString("fr-FR")} % sur {formatPlain(v.netCents)}</dt>
            <dd className="text-right">
              <Price cents={v.vatCents} />
            </dd>
          </div>
        ))}
        <dt className="border-t border-stone-300 pt-1">Total HT</dt>
        <dd className="border-t border-stone-300 pt-1 text-right">
          <Price cents={doc.totals.netCents} />
        </dd>
        <dt>Total TVA</dt>
        <dd className="text-right">
          <Price cents={doc.totals.vatCents} />
        </dd>
        <dt className="font-semibold">Total TTC</dt>
        <dd className="text-right font-semibold">
          <Price cents={doc.totals.grossCents} testId="invoice-total" />
        </dd>
        {remainingCents !== undefined && doc.kind === "invoice" ? (
          <>
            <dt className="font-semibold">Reste à payer</dt>
            <dd className="text-right font-semibold">
              <Price cents={remainingCents} testId="invoice-remaining" />
            </dd>
          </>
        ) : null}
      </dl>
      <footer className="flex flex-col gap-1 text-stone-700">
        {doc.vatExemptionReason ? <p className="font-medium">{doc.vatExemptionReason}</p> : null}
        <p>Catégorie d&apos;opération : {doc.operationCategory.toLowerCase()}.</p>
        <p>{doc.paymentTermsText}</p>
        {doc.kind === "invoice" && doc.instalments?.length ? (
          <p className="font-medium" data-testid="invoice-instalments">
            Règlement en {scheduleSentence(doc.instalments)}.
          </p>
        ) : null}
        {doc.seller.iban ? (
          <p>
            Règlement par virement : IBAN <span className="font-mono">{doc.seller.iban}</span>
            {doc.seller.bic ? ` · BIC ${doc.seller.bic}` : ""}, en indiquant le n° {doc.number}.
          </p>
        ) : null}
        {doc.legalMentions.map((m) => (
          <p key={m} className="text-xs text-stone-600">
            {m}
          </p>
        ))}
        {doc.reason ? <p>Motif : {doc.reason}</p> : null}
      </footer>
    </article>
  );
}

const formatPlain = (cents: number) => new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100);

function Party({ title, party, extra = [] }: { title: string; party: DocumentParty; extra?: string[] }) {
  const ids = [
    party.siret ? `SIRET ${party.siret}` : party.siren ? `SIREN ${party.siren}` : null,
    party.vatNumber ? `TVA ${party.vatNumber}` : null,
    party.registrationNumber ? `Immatriculation ${party.registrationNumber}` : null,
    ...extra.filter(Boolean),
  ].filter(Boolean);
  return (
    <div>
      <h2 className="font-semibold">{title}</h2>
      <AddressLines name={party.name} address={party.address} />
      {ids.map((id) => (
        <p key={id} className="text-stone-600">
          {id}
        </p>
      ))}
    </div>
  );
}

function AddressLines({ name, address }: { name: string; address: DocumentAddress }) {
  return (
    <address className="not-italic">
      {[name, ...address.lines, `${address.postalCode} ${address.city}`, proCountryLabel(address.country)].map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
