import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { ChequeFacts, type ChequeFactsProps } from "@/components/admin/cheque-facts";
import { DepositedCheques } from "@/components/admin/deposited-cheques";
import { DepositSlipForm } from "@/components/admin/deposit-slip-form";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { chequeRefValue } from "@/lib/payments/cheque-board-forms";
import { depositReadiness } from "@/lib/payments/deposit-slips";
import { currentTime } from "@/lib/shared/clock";
import { formatDateFr, formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { chequesBoard, type BoardCheque } from "@/lib/use-cases/instalment-cheques";
import { bounceBoardChequeAction } from "./bounce-cheque-action";
import { cashBoardChequeAction } from "./cash-cheque-action";
import { prepareDepositSlipAction } from "./prepare-deposit-slip-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chèques" };

const slipPdf = (id: string) => `/admin/cheques/bordereaux/${id}/pdf`;
const onSlip = (c: BoardCheque) => (c.slipNumber !== null ? `remise n° ${c.slipNumber}` : null);

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-stone-600">{children}</p>;
}

/** One section of the page: a card with its title, what it says, and its list. */
function Section({ id, title, intro, children }: { id: string; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card labelledBy={`${id}-title`} className="flex flex-col gap-3">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <p className="text-sm text-stone-600">{intro}</p> : null}
      {children}
    </Card>
  );
}

/** Cheques as cards, each with its line of state; `empty` when there are none. */
function ChequeCards<T extends ChequeFactsProps>({ items, testId, empty, state }: { items: T[]; testId: string; empty: string; state: (item: T) => React.ReactNode }) {
  if (items.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="flex flex-col gap-2" data-testid={testId}>
      {items.map((c, i) => (
        <li key={`${c.orderReference}-${i}`} className="rounded-lg border border-stone-200 p-3" data-testid={`${testId}-item`} data-order={c.orderReference}>
          <ChequeFacts cheque={c}>{state(c)}</ChequeFacts>
        </li>
      ))}
    </ul>
  );
}

/**
 * Every cheque of the shop in one place (issue 9 and 11): those expected, those in hand to put on
 * a deposit slip, those at the bank awaiting clearance (a deposit is credited « sauf bonne fin »:
 * a cheque counts once cashed), the slips made, and what was settled lately. Each list is a column
 * of cards on a phone and of rows from `sm` up.
 */
export default async function ChequesPage() {
  await requireRole("admin", "/admin/cheques");
  const today = todayInParis(currentTime());
  const board = await chequesBoard(await getDb());

  const toDeposit = board.toDeposit.map((c) => ({
    ...c,
    ...depositReadiness(c, today),
    value: chequeRefValue(c.kind, c.id),
    dueLabel: c.kind === "instalment" ? `à déposer depuis le ${formatIsoDateFr(c.dueOn)}` : `reçu le ${formatIsoDateFr(c.receivedOn)}, à déposer`,
  }));
  const deposited = board.deposited.map((c) => ({ ...c, value: chequeRefValue(c.kind, c.id), depositedLabel: `déposé (${onSlip(c) ?? "sans remise"}), en attente d'encaissement` }));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Chèques</h1>
        <p className="text-sm text-stone-600">
          Un chèque reçu se dépose sur une remise ; la banque le crédite sous réserve d&apos;encaissement : il ne compte comme payé qu&apos;une fois déclaré encaissé (ici, ou en rapprochant le crédit de
          la remise sur la page{" "}
          <Link href="/admin/banque" className="text-brand-700 underline underline-offset-4">
            Banque
          </Link>
          ).
        </p>
      </div>

      <Section id="attendus" title="Chèques attendus">
        <h3 className="text-base font-semibold">Échéanciers en chèques</h3>
        <ChequeCards items={board.expectedInstalments} testId="expected-instalments" empty="Aucun chèque d'échéancier attendu." state={(c) => `à recevoir, dépôt prévu le ${formatIsoDateFr(c.dueOn)}`} />
        <h3 className="text-base font-semibold">Commandes payées par chèque</h3>
        <ChequeCards
          items={board.expectedSingles.map((o) => ({ orderReference: o.reference, customer: o.customer, part: null, number: null, drawer: null, bank: null, amountCents: o.amountCents, since: o.since }))}
          testId="expected-singles"
          empty="Aucune commande n'attend son chèque."
          state={(o) => `commande du ${formatDateFr(o.since)}, chèque pas encore reçu`}
        />
      </Section>

      <Section id="deposer" title="Chèques à déposer" intro="Les chèques à déposer aujourd'hui sont cochés. Un chèque d'échéancier se dépose à sa date, pas avant : le client en a notre engagement.">
        <DepositSlipForm cheques={toDeposit} action={prepareDepositSlipAction} />
      </Section>

      <Section
        id="deposes"
        title="Chèques déposés"
        intro="Crédités par la banque sous réserve d'encaissement. Déclarez chacun encaissé une fois le crédit définitif, ou impayé si la banque le rejette (le compte d'un professionnel est alors suspendu et l'équipe prévenue)."
      >
        <DepositedCheques cheques={deposited} cashAction={cashBoardChequeAction} bounceAction={bounceBoardChequeAction} />
      </Section>

      <Section id="bordereaux" title="Derniers bordereaux">
        {board.slips.length === 0 ? (
          <Empty>Aucune remise de chèques.</Empty>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-100" data-testid="deposit-slips">
            {board.slips.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2 text-sm sm:grid sm:grid-cols-[8rem_7rem_6rem_7rem_minmax(0,1fr)_auto]" data-testid="deposit-slip-row">
                <span className="font-medium">Remise n° {s.number}</span>
                <span>{formatIsoDateFr(s.depositedOn)}</span>
                <span>
                  {s.count} chèque{s.count > 1 ? "s" : ""}
                </span>
                <Price cents={s.totalCents} className="font-semibold" />
                <span className="text-stone-600">{s.by ? `par ${s.by}` : ""}</span>
                <a href={slipPdf(s.id)} className="text-brand-700 underline underline-offset-4">
                  PDF<span className="sr-only"> de la remise n° {s.number}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="regles" title="Réglés récemment">
        <ChequeCards
          items={board.settled}
          testId="settled-cheques"
          empty="Aucun chèque encaissé ni impayé ces 60 derniers jours."
          state={(c) => (
            <span className="flex flex-wrap items-center gap-2">
              {c.status === "cashed" ? <Badge tone="success">Encaissé</Badge> : <Badge tone="error">Impayé</Badge>}
              {onSlip(c)}
            </span>
          )}
        />
      </Section>
    </div>
  );
}
