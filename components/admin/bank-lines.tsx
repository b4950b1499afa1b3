import { Badge } from "@/components/admin/badge";
import { BankMatchForm } from "@/components/admin/bank-match-form";
import type { FormState } from "@/lib/actions/form-state";
import { BASIS_LABELS, FIT_LABELS } from "@/lib/bank/matching";
import { formatDateTimeFr, formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import type { BankLineView } from "@/lib/use-cases/bank-statements";

type Props = {
  lines: BankLineView[];
  confirmAction: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Show « déjà importée » on the lines an earlier file brought (the view of one import). */
  showKnown?: boolean;
};

/**
 * Statement lines as cards (readable on a phone): date, amount, label, and then what they paid
 * (matched), or the proposals to confirm, or why nothing is proposed. A proposal says how it was
 * found (reference, approaching reference, amount, name) and whether the amount is exact, a
 * partial payment or an over-payment. A deposit slip (« Remise de chèques n° 12 — 3 chèques,
 * 1 200,00 € ») says what confirming it does to its cheques.
 */
export function BankLines({ lines, confirmAction, showKnown = false }: Props) {
  if (lines.length === 0) return <p className="text-sm text-stone-600">Aucune ligne.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {lines.map((line) => (
        <li key={line.id} data-testid="bank-line" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <span className="text-sm text-stone-600">{formatIsoDateFr(line.bookedOn)}</span>
            <span className={`font-semibold tabular-nums ${line.amountCents > 0 ? "text-emerald-800" : "text-stone-800"}`}>
              {line.amountCents > 0 ? "+" : ""}
              {formatEur(line.amountCents)}
            </span>
            {showKnown && line.alreadyKnown ? <Badge>Déjà importée</Badge> : null}
            {line.matched ? <Badge tone="success">Rapprochée</Badge> : line.amountCents <= 0 ? <Badge>Débit</Badge> : line.proposals.length === 0 ? <Badge tone="warning">Non rapprochée</Badge> : null}
          </div>
          <p className="break-words text-sm">
            {line.label}
            {line.counterparty ? <span className="text-stone-600"> · {line.counterparty}</span> : null}
          </p>
          {line.matched ? (
            <p className="text-sm text-stone-700">
              {line.matched.label}, rapprochée le {formatDateTimeFr(line.matched.at)}
              {line.matched.by ? ` par ${line.matched.by}` : ""}.
            </p>
          ) : line.amountCents > 0 && line.proposals.length === 0 ? (
            <p className="text-sm text-stone-700">Aucune commande ni facture en attente ne correspond (ni référence, ni montant, ni nom) : à vérifier à la main.</p>
          ) : null}
          {line.proposals.length > 0 ? (
            <ul className="flex flex-col gap-3" aria-label="Propositions">
              {line.proposals.map((p) => (
                <li key={`${p.candidate.kind}-${p.candidate.id}`} className="flex flex-col gap-2 rounded-md bg-stone-50 p-3" data-testid="bank-proposal">
                  <p className="text-sm font-medium">{p.candidate.label}</p>
                  <p className="flex flex-wrap gap-2 text-sm text-stone-700">
                    <Badge tone={p.basis === "reference" ? "success" : "warning"}>{BASIS_LABELS[p.basis]}</Badge>
                    <Badge tone={p.fit === "exact" ? "success" : "warning"}>
                      {FIT_LABELS[p.fit]}
                      {p.fit === "partial" ? ` : reste ${formatEur(-p.differenceCents)}` : p.fit === "over" ? ` : ${formatEur(p.differenceCents)} de plus` : ""}
                    </Badge>
                    <span>{p.candidate.kind === "slip" ? "Total de la remise" : "Attendu"} : {formatEur(p.candidate.dueCents)}</span>
                  </p>
                  {p.candidate.kind === "slip" ? (
                    <p className="text-sm text-stone-700">
                      {p.fit === "exact"
                        ? "La banque a crédité la remise : confirmer enregistre comme encaissés ses chèques encore déposés (ceux déjà encaissés ou impayés restent tels quels)."
                        : "Le montant n'est pas le total de la remise : ce crédit ne peut pas la régler. Encaissez ses chèques un par un depuis la page Chèques."}
                    </p>
                  ) : null}
                  <BankMatchForm lineId={line.id} kind={p.candidate.kind} targetId={p.candidate.id} targetLabel={p.candidate.label} amount={formatEur(line.amountCents)} action={confirmAction} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
