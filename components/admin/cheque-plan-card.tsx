import Link from "next/link";
import { InstalmentSchedule } from "@/components/orders/instalment-schedule";
import { Card } from "@/components/ui/card";
import type { FormState } from "@/lib/actions/form-state";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEurInput } from "@/lib/shared/money";
import { INSTALMENT_STATUS_LABELS, type ChequeScheduleView } from "@/lib/use-cases/instalment-cheques";
import { EditChequeScheduleForm } from "./edit-cheque-schedule-form";
import { RecordInstalmentChequeForm } from "./record-instalment-cheque-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  plan: ChequeScheduleView;
  /** The order waits for its cheques: receiving them (and, before the first, editing the schedule) is possible. */
  awaitingCheques: boolean;
  today: string;
  /** The order's day and the 60-day cap: the bounds of an edited schedule. */
  firstDay: string;
  lastDay: string;
  actions: { edit: Action; record: Action };
};

function ChequeDetails({ part }: { part: ChequeScheduleView["parts"][number] }) {
  if (!part.number) return <span className="text-stone-500">—</span>;
  return (
    <span className="flex flex-col text-xs" data-testid={`instalment-${part.position}-cheque`}>
      <span>
        n° <span className="font-mono">{part.number}</span> · {part.bank}
      </span>
      <span>Tireur : {part.drawer}</span>
      {part.receivedOn ? <span>Reçu le {formatIsoDateFr(part.receivedOn)}</span> : null}
      {part.slipNumber ? (
        <span>
          Remise n° {part.slipNumber}
          {part.depositedOn ? ` du ${formatIsoDateFr(part.depositedOn)}` : ""}
        </span>
      ) : null}
      {part.settledOn && (part.status === "cashed" || part.status === "bounced") ? <span>{part.status === "cashed" ? "Encaissé" : "Impayé"} le {formatIsoDateFr(part.settledOn)}</span> : null}
    </span>
  );
}

/**
 * The back-office's « Paiement en N chèques »: the schedule (the customer's component, with the
 * admin's words and each cheque's details), « Modifier l'échéancier » while no cheque is in hand,
 * and « Chèque reçu » for each cheque still expected. Deposits, cashing and bounces are done on
 * /admin/cheques, with the other cheques of the day.
 */
export function ChequePlanCard({ plan, awaitingCheques, today, firstDay, lastDay, actions }: Props) {
  const expected = plan.parts.filter((p) => p.status === "expected");
  const editable = awaitingCheques && expected.length === plan.parts.length;
  return (
    <Card labelledBy="admin-cheque-plan-title">
      <div data-testid="admin-cheque-plan">
        <InstalmentSchedule
          plan={plan}
          headingId="admin-cheque-plan-title"
          title={`Paiement en ${plan.count} chèques`}
          statusLabels={INSTALMENT_STATUS_LABELS}
          details={{ header: "Chèque", cell: (p) => <ChequeDetails part={plan.parts.find((x) => x.position === p.position)!} /> }}
          note={awaitingCheques ? "La commande part quand tous les chèques sont reçus." : "Chaque chèque se dépose à sa date, pas avant."}
        />
        <p className="mt-2 text-sm">
          <Link href="/admin/cheques" className="text-brand-700 underline underline-offset-4">
            Remises, encaissements et impayés : page Chèques
          </Link>
        </p>
      </div>
      {editable ? (
        <details className="mt-4 rounded-lg border border-stone-200 p-4">
          <summary className="cursor-pointer font-medium">Modifier l&apos;échéancier</summary>
          <div className="mt-3">
            <EditChequeScheduleForm parts={plan.parts} totalCents={plan.totalCents} firstDay={firstDay} lastDay={lastDay} action={actions.edit} />
          </div>
        </details>
      ) : null}
      {awaitingCheques
        ? expected.map((p) => (
            <details key={p.id} className="mt-4 rounded-lg border border-stone-200 p-4" data-testid={`receive-instalment-${p.position}`}>
              <summary className="cursor-pointer font-medium">
                Chèque reçu — chèque {p.position}/{plan.count} ({formatIsoDateFr(p.dueOn)})
              </summary>
              <div className="mt-3">
                <RecordInstalmentChequeForm instalmentId={p.id} part={`${p.position}/${plan.count}`} defaultAmount={formatEurInput(p.amountCents)} today={today} action={actions.record} />
              </div>
            </details>
          ))
        : null}
    </Card>
  );
}
