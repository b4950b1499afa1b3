import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/admin/badge";
import { CancelOrderSlot } from "@/components/admin/cancel-order-slot";
import { OrderActions } from "@/components/admin/order-actions";
import { ProInvoiceCard } from "@/components/admin/pro-invoice-card";
import { RefundSlot } from "@/components/admin/refund-slot";
import { RevokeOrderLinksForm } from "@/components/admin/revoke-order-links-form";
import { ShippingSlot } from "@/components/admin/shipping-slot";
import { Card } from "@/components/ui/card";
import { formatDateFr, formatDateTimeFr, formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { ADMIN_ORDER_STATUS_LABELS, orderStatusLabelWithPlan, orderStatusTone } from "@/lib/orders/labels";
import { CardPlanCard } from "@/components/admin/card-plan-card";
import { ChequePlanCard } from "@/components/admin/cheque-plan-card";
import { capDay } from "@/lib/billing/instalments";
import { cardPlanView } from "@/lib/use-cases/card-instalment-plans";
import { chequeScheduleView } from "@/lib/use-cases/instalment-cheques";
import { ADMIN_METHOD_LABELS, ADMIN_PAYMENT_STATUS_LABELS, adminPaymentDetails, adminPaymentMethodLabel, placeholderStatusLabel } from "@/lib/payments/labels";
import { getOrderForAdmin } from "@/lib/orders/admin-queries";
import { isTestPayment, TEST_ORDER_MARK } from "@/lib/payments/test-mode";
import { chequesInHand, chequeStatusLabel } from "@/lib/payments/cheques-in-hand";
import { nextStep } from "@/lib/payments/order-next-step";
import { orderVersionOf } from "@/lib/orders/order-version";
import { describeEvent } from "@/lib/history/admin-timeline";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatPhoneForDisplay } from "@/lib/shared/phone";
import { formatEur } from "@/lib/shared/money";
import { postalAddressLines } from "@/lib/shared/postal-address";
import { shippingLabel } from "@/lib/shared/shipping-label";
import { isInstructionPlaceholder } from "@/lib/orders/ledger";
import { newToken } from "@/lib/shared/tokens";
import { creditableInvoiceOfOrder } from "@/lib/use-cases/credit-notes";
import { bounceChequeAction } from "./bounce-cheque-action";
import { cancelOrderAction } from "./cancel-order-action";
import { cashChequeAction } from "./cash-cheque-action";
import { issueOrderCreditNoteAction } from "./issue-credit-note-action";
import { recordOfflineRefundAction } from "./record-offline-refund-action";
import { shipOrderAction } from "./ship-order-action";
import { recordChequeAction } from "./record-cheque-action";
import { editChequeScheduleAction } from "./edit-cheque-schedule-action";
import { recordInstalmentChequeAction } from "./record-instalment-cheque-action";
import { recordTransferAction } from "./record-transfer-action";
import { refundPaymentAction } from "./refund-payment-action";
import { revokeOrderLinksAction } from "./revoke-order-links-action";
import { sendPaymentLinkAction } from "./send-payment-link-action";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/actions/form-state";
import { loadWithdrawal } from "@/lib/use-cases/request-withdrawal";
import { shipmentsOfOrder } from "@/lib/use-cases/ship-order";

export const dynamic = "force-dynamic";

const NEXT_STEP_TONES = { success: "text-green-800", warning: "text-amber-800", error: "text-red-700", neutral: "text-stone-800" } as const;

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Commande ${reference}` };
}

export default async function AdminOrderPage({ params }: Props) {
  const { reference } = await params;
  await requireRole("admin", `/admin/commandes/${reference}`);
  const detail = await getOrderForAdmin(await getDb(), reference);
  if (!detail) notFound();
  const invoice = await creditableInvoiceOfOrder(await getDb(), detail.order.id);
  const { order, lines, payments, events, names } = detail;
  const address = order.shippingAddress;
  const { request: withdrawal } = await loadWithdrawal(order);
  const inHand = chequesInHand(payments, detail.outstandingCents);
  const shipments = await shipmentsOfOrder(await getDb(), order.id);
  const chequePlan = await chequeScheduleView(await getDb(), order.id);
  const today = todayInParis();
  const step = nextStep({ status: order.status, dueCents: detail.outstandingCents, excessCents: detail.overpaidCents, chequesInHand: inHand, shippedOn: shipments.map((s) => s.shippedOn), chequePlan, today });
  // Every form of this page carries the order's version as shown: an action on an order changed since is refused (stale page).
  const seen = { orderId: order.id, version: orderVersionOf(order, events) };
  const onThisOrder = <R,>(action: (shown: typeof seen, state: FormState, formData: FormData) => R) => action.bind(null, seen);
  const cardPlan = await cardPlanView(order.id);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/commandes" className="text-brand-700 underline-offset-4 hover:underline">
          ← Toutes les commandes
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-semibold">{order.reference}</h1>
        <Badge tone={orderStatusTone(order.status)} testId="admin-order-status">
          {chequeStatusLabel(inHand) ?? orderStatusLabelWithPlan(order.status, cardPlan ?? chequePlan, ADMIN_ORDER_STATUS_LABELS)}
        </Badge>
        {payments.some(isTestPayment) ? (
          <Badge tone="warning" testId="admin-order-test-mark">
            {TEST_ORDER_MARK}
          </Badge>
        ) : null}
        {order.flag ? <Badge tone="error">À vérifier : {order.flag}</Badge> : null}
      </div>
      <p data-testid="admin-next-step" className={`text-lg font-semibold ${NEXT_STEP_TONES[step.tone]}`}>
        {step.headline}
      </p>

      {withdrawal ? (
        <div data-testid="admin-withdrawal">
          <Alert tone="warning" title={`Rétractation demandée le ${formatDateTimeFr(withdrawal.requestedAt)}`}>
            À rembourser : {formatEur(withdrawal.amountCents)} (l&apos;argent reçu pour cette commande quand le client s&apos;est rétracté), par le moyen de paiement
            utilisé, au plus tard le <strong>{formatDateFr(withdrawal.refundDueBy)}</strong> (Code de la consommation L221-24 ; le remboursement peut attendre
            le retour des articles).
          </Alert>
        </div>
      ) : null}

      <div className="grid gap-6 md:grid-cols-3">
        <Card labelledBy="money-title" className="md:col-span-1">
          <h2 id="money-title" className="text-lg font-semibold">
            Montants
          </h2>
          <dl className="mt-3 grid grid-cols-2 gap-y-1 text-sm">
            <dt>Total</dt>
            <dd className="text-right tabular-nums">{formatEur(order.totalCents)}</dd>
            <dt>{inHand.cheques.length ? "Encaissé" : "Reçu"}</dt>
            <dd className="text-right tabular-nums">{formatEur(order.paidCents)}</dd>
            {inHand.cheques.length ? (
              <>
                <dt>Chèques à encaisser</dt>
                <dd className="text-right tabular-nums">{formatEur(inHand.totalCents)}</dd>
              </>
            ) : null}
            {chequePlan ? (
              <>
                <dt>Chèques de l&apos;échéancier en main</dt>
                <dd className="text-right tabular-nums" data-testid="admin-cheques-held">
                  {formatEur(chequePlan.parts.filter((p) => p.status === "received" || p.status === "deposited").reduce((s, p) => s + p.amountCents, 0))}
                </dd>
              </>
            ) : null}
            {order.refundedCents > 0 ? (
              <>
                <dt>Remboursé</dt>
                <dd className="text-right tabular-nums">{formatEur(order.refundedCents)}</dd>
              </>
            ) : null}
          </dl>
        </Card>
        <Card labelledBy="customer-title" className="md:col-span-2">
          <h2 id="customer-title" className="text-lg font-semibold">
            Client
          </h2>
          <div className="mt-3 grid gap-4 text-sm sm:grid-cols-2">
            <div>
              <p>{order.email}</p>
              <p>
                <a href={`tel:${order.phone}`} className="whitespace-nowrap underline-offset-4 hover:underline">
                  {formatPhoneForDisplay(order.phone)}
                </a>
              </p>
              <p className="mt-2 text-stone-600">Commandée le {formatDateTimeFr(order.createdAt)}</p>
              <p className="text-stone-600">{order.userId ? "Client avec compte" : "Client invité"} · paiement choisi : {ADMIN_METHOD_LABELS[order.paymentMethod]}</p>
            </div>
            <address className="not-italic">
              <span className="font-medium">Livraison</span>
              {postalAddressLines(address).map((line, n) => (
                <span key={n} className="block">
                  {line}
                </span>
              ))}
            </address>
          </div>
        </Card>
      </div>

      <Card labelledBy="lines-title">
        <h2 id="lines-title" className="text-lg font-semibold">
          Articles
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-stone-600">
              <tr>
                <th scope="col" className="py-1 pr-3">Article</th>
                <th scope="col" className="py-1 pr-3 text-right">Prix unitaire</th>
                <th scope="col" className="py-1 pr-3 text-right">Quantité</th>
                <th scope="col" className="py-1 text-right">Total</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id} className="border-t border-stone-100">
                  <td className="py-1 pr-3">{l.name}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatEur(l.unitPriceCents)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{l.quantity}</td>
                  <td className="py-1 text-right tabular-nums">{formatEur(l.lineTotalCents)}</td>
                </tr>
              ))}
              <tr className="border-t border-stone-200">
                <td className="py-1 pr-3" colSpan={3}>
                  Livraison
                </td>
                <td className="py-1 text-right tabular-nums">{shippingLabel(order.shippingCents)}</td>
              </tr>
              <tr className="font-semibold">
                <td className="py-1 pr-3" colSpan={3}>
                  Total TTC (dont TVA {formatEur(order.vatCents)})
                </td>
                <td className="py-1 text-right tabular-nums">{formatEur(order.totalCents)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </Card>

      {cardPlan ? <CardPlanCard plan={cardPlan} /> : null}
      {chequePlan ? (
        <ChequePlanCard
          plan={chequePlan}
          awaitingCheques={order.status === "awaiting_cheques"}
          today={today}
          firstDay={todayInParis(order.createdAt)}
          lastDay={capDay(todayInParis(order.createdAt))}
          actions={{ edit: onThisOrder(editChequeScheduleAction), record: onThisOrder(recordInstalmentChequeAction) }}
        />
      ) : null}

      <Card labelledBy="payments-title">
        <h2 id="payments-title" className="text-lg font-semibold">
          Paiements
        </h2>
        {payments.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">Aucun paiement.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="admin-payments">
              <thead className="text-stone-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">Créé le</th>
                  <th scope="col" className="py-1 pr-3">Moyen</th>
                  <th scope="col" className="py-1 pr-3 text-right">Montant</th>
                  <th scope="col" className="py-1 pr-3">Statut</th>
                  <th scope="col" className="py-1 pr-3">Référence</th>
                  <th scope="col" className="py-1 pr-3">Reçu le</th>
                  <th scope="col" className="py-1">Enregistré par</th>
                </tr>
              </thead>
              <tbody>
                {payments.map((p) => {
                  const placeholder = isInstructionPlaceholder(p);
                  return (
                    <tr key={p.id} className="border-t border-stone-100 align-top">
                      <td className="py-1 pr-3 whitespace-nowrap">{formatDateTimeFr(p.createdAt)}</td>
                      <td className="py-1 pr-3">
                        <span className="whitespace-nowrap">{adminPaymentMethodLabel(p.method, p.provider)}</span>
                        {adminPaymentDetails(p).map((line) => (
                          <span key={line} className="block text-xs text-stone-600">
                            {line}
                          </span>
                        ))}
                      </td>
                      <td className="py-1 pr-3 text-right tabular-nums">{formatEur(p.amountCents)}</td>
                      <td className="py-1 pr-3">
                        {placeholder ? <span className="text-stone-600">{placeholderStatusLabel(p)}</span> : ADMIN_PAYMENT_STATUS_LABELS[p.status]}
                        {p.failureMessage && !placeholder ? <span className="block text-red-700">{p.failureMessage}</span> : null}
                      </td>
                      <td className="py-1 pr-3 font-mono">{p.offlineReference ?? p.providerRef ?? "—"}</td>
                      <td className="py-1 pr-3 whitespace-nowrap">{p.receivedOn ? formatIsoDateFr(p.receivedOn) : p.paidAt ? formatDateTimeFr(p.paidAt) : "—"}</td>
                      <td className="py-1">{p.recordedBy ? (names.get(p.recordedBy) ?? "—") : "—"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <OrderActions
        detail={detail}
        offered={step.actions}
        today={today}
        actions={{
          recordTransfer: onThisOrder(recordTransferAction),
          recordCheque: onThisOrder(recordChequeAction),
          cashCheque: onThisOrder(cashChequeAction),
          bounceCheque: onThisOrder(bounceChequeAction),
          sendPaymentLink: onThisOrder(sendPaymentLinkAction),
        }}
      />
      <ShippingSlot orderId={order.id} shipments={shipments} shipping={step.shipping} today={today} action={onThisOrder(shipOrderAction)} />
      {invoice ? <ProInvoiceCard invoice={invoice} requestKey={newToken(16)} action={onThisOrder(issueOrderCreditNoteAction)} /> : null}
      <RefundSlot detail={detail} action={onThisOrder(refundPaymentAction)} offlineAction={onThisOrder(recordOfflineRefundAction)} />
      {step.actions.cancel ? <CancelOrderSlot
          order={order}
          action={onThisOrder(cancelOrderAction)}
          chequesHeld={inHand.cheques.length}
          planChequesToReturn={chequePlan?.parts.filter((p) => p.status === "received").map((p) => ({ position: p.position, chequeNumber: p.number, amountCents: p.amountCents })) ?? []}
        /> : null}
      <RevokeOrderLinksForm orderId={order.id} action={onThisOrder(revokeOrderLinksAction)} />

      <Card labelledBy="timeline-title">
        <h2 id="timeline-title" className="text-lg font-semibold">
          Historique
        </h2>
        <ol className="mt-3 flex flex-col gap-2 text-sm" data-testid="admin-timeline">
          {events.map((e) => (
            <li key={e.id} className="flex flex-col gap-0.5 border-l-2 border-brand-100 pl-3 sm:flex-row sm:gap-3">
              <time dateTime={e.createdAt.toISOString()} className="shrink-0 text-stone-500 tabular-nums">
                {formatDateTimeFr(e.createdAt)}
              </time>
              <span>{describeEvent(e, names)}</span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
