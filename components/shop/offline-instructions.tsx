import type { ReactNode } from "react";
import { Price } from "@/components/ui/price";
import type { ChequeInstructions, TransferInstructions } from "@/lib/payments/offline-instructions";
import { CopyButton } from "./copy-button";

function Row({ label, children, copy }: { label: string; children: ReactNode; copy?: { value: string; label: string } }) {
  return (
    <div className="flex flex-col gap-1 border-b border-brand-100 py-3 last:border-0 sm:flex-row sm:items-center sm:justify-between">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="flex items-center gap-3 font-medium">
        {children}
        {copy ? <CopyButton value={copy.value} label={copy.label} /> : null}
      </dd>
    </div>
  );
}

export function TransferInstructionsCard({ instructions: i }: { instructions: TransferInstructions }) {
  return (
    <div className="rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-6" data-testid="transfer-instructions">
      <h2 className="text-lg font-semibold">Votre virement</h2>
      <p className="mt-1 text-sm text-stone-700">
        Faites un virement du montant exact, en indiquant la référence de la commande : nous la préparerons dès réception.
      </p>
      <dl className="mt-3">
        <Row label="Montant exact">
          <Price cents={i.amountCents} className="text-lg" testId="transfer-amount" />
        </Row>
        <Row label="Référence à indiquer" copy={{ value: i.reference, label: "la référence" }}>
          <span className="font-mono" data-testid="transfer-reference">
            {i.reference}
          </span>
        </Row>
        <Row label="Titulaire du compte">{i.holder}</Row>
        <Row label="IBAN" copy={{ value: i.iban, label: "l'IBAN" }}>
          <span className="font-mono break-all" data-testid="transfer-iban">
            {i.ibanDisplay}
          </span>
        </Row>
        <Row label="BIC">
          <span className="font-mono" data-testid="transfer-bic">
            {i.bic}
          </span>
        </Row>
        <Row label="Banque">{i.bankName}</Row>
      </dl>
    </div>
  );
}

/** Where cheques are posted to, one line per element. */
function ChequeAddress({ lines }: { lines: readonly string[] }) {
  return (
    <address className="mt-1 rounded-lg bg-white p-3 not-italic" data-testid="cheque-address">
      {lines.map((l) => (
        <span key={l} className="block">
          {l}
        </span>
      ))}
    </address>
  );
}

export function ChequeInstructionsCard({ instructions: i }: { instructions: ChequeInstructions }) {
  return (
    <div className="rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-6" data-testid="cheque-instructions">
      <h2 className="text-lg font-semibold">Votre chèque</h2>
      <ol className="mt-3 flex list-decimal flex-col gap-3 pl-5">
        <li>
          Rédigez un chèque de <Price cents={i.amountCents} className="font-semibold" testId="cheque-amount" /> à l&apos;ordre de{" "}
          <strong data-testid="cheque-payee">{i.payee}</strong>.
        </li>
        <li>
          Écrivez la référence{" "}
          <strong className="font-mono" data-testid="cheque-reference">
            {i.reference}
          </strong>{" "}
          au dos du chèque.
        </li>
        <li>
          Envoyez-le à :
          <ChequeAddress lines={i.addressLines} />
        </li>
      </ol>
      <p className="mt-3 text-sm text-stone-700">Votre commande sera expédiée une fois le chèque encaissé.</p>
    </div>
  );
}

/**
 * Paying in several cheques: where to send them and how to write them (the schedule itself is
 * the table beside it). Each cheque is dated the day it is written — a cheque is payable on sight
 * and post-dating one is an offence —, and the shop deposits each on its scheduled day, not before.
 */
export function ChequeScheduleInstructions({ instructions: i, count, title = `Vos ${count} chèques` }: { instructions: ChequeInstructions; count: number; title?: string }) {
  return (
    <div className="rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-6" data-testid="cheque-schedule-instructions">
      <h2 className="text-lg font-semibold">{title}</h2>
      <ol className="mt-3 flex list-decimal flex-col gap-3 pl-5">
        <li>
          Rédigez {count} chèques, des montants de l&apos;échéancier, à l&apos;ordre de <strong data-testid="cheque-payee">{i.payee}</strong>.
        </li>
        <li>
          Datez chaque chèque du jour où vous l&apos;écrivez, jamais d&apos;une date à venir : un chèque est payable à vue, et le postdater est interdit. Nous nous
          engageons à déposer chacun à sa date prévue, pas avant.
        </li>
        <li>
          Inscrivez la référence de la commande{" "}
          <strong className="font-mono" data-testid="cheque-reference">
            {i.reference}
          </strong>{" "}
          au dos de chaque chèque.
        </li>
        <li>
          Envoyez-les ensemble à :
          <ChequeAddress lines={i.addressLines} />
        </li>
      </ol>
      <p className="mt-3 text-sm text-stone-700">Votre commande sera expédiée dès que nous aurons reçu tous les chèques.</p>
    </div>
  );
}
