import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DEFAULT_BUYER, getApprovalView, SANDBOX_ACCOUNTS, TEST_CARDS } from "@/lib/sandbox/paypal/approval";
import { requireEmulator } from "../../../sandbox-guard";
import { GuestCardForm, PaypalLoginForm } from "./approval-forms";
import { cancelPaypalApproval } from "./cancel-approval";
import { NotifyOpener } from "./notify-opener";
import { T } from "./texts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: T.title, robots: { index: false, follow: false } };

/*
 * The PayPal emulator's approval window (sandbox mode only): what PayPal's popup shows. Log in
 * with a sandbox buyer account, pay by card as a guest, or cancel. Plain forms posting to server
 * actions, so it works without JavaScript; the SDK stand-in in the shop's page polls the outcome.
 */

type Props = {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function formatAmount(value: string, currency: string): string {
  // Display only: the emulator holds the decimal string PayPal was given.
  return new Intl.NumberFormat("fr-FR", { style: "currency", currency }).format(Number(value));
}

const spaced = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, "$1 ");

function Logo() {
  return (
    <span className="text-2xl font-extrabold italic tracking-tight" aria-label="PayPal">
      <span className="text-[#003087]">Pay</span>
      {/* PayPal's light blue (#009CDE) is 2.8:1 here: its darker #0070BA reaches 4.8:1. */}
      <span className="text-[#0070BA]">Pal</span>
    </span>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  // data-chrome="none" hides the shop's header and footer (root layout): this window stands for PayPal's own site.
  return (
    <main data-chrome="none" className="min-h-screen bg-slate-100 text-slate-900">
      <div className="mx-auto flex min-h-full max-w-md flex-col gap-5 px-4 py-6">
        <header className="flex items-center justify-between">
          <Logo />
          <span className="rounded-full bg-amber-100 px-2 py-1 text-xs font-semibold text-amber-900" data-testid="paypal-sandbox-badge">
            Bac à sable
          </span>
        </header>
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-center text-sm font-medium text-amber-900">
          {T.sandboxBadge}
        </p>
        {children}
      </div>
    </main>
  );
}

export default async function PaypalApprovalPage({ params, searchParams }: Props) {
  requireEmulator("paypal");
  const { orderId } = await params;
  if (!/^[A-Z0-9]{1,36}$/.test(orderId)) notFound();
  const view = await getApprovalView(orderId);
  if (!view) notFound();
  const query = await searchParams;
  const popup = one(query.popup) === "1";
  const source = one(query.source) === "card" ? "card" : "paypal";
  const etat = one(query.etat);
  const base = `/sandbox/paypal/checkout/${orderId}`;
  const keep = (extra: Record<string, string>) => `${base}?${new URLSearchParams({ ...(popup ? { popup: "1" } : {}), ...extra }).toString()}`;

  if ((etat === "approuve" && view.outcome === "approved") || (etat === "annule" && view.outcome === "cancelled")) {
    const approved = etat === "approuve";
    return (
      <Shell>
        <section className="flex flex-col items-center gap-4 rounded-xl bg-white p-6 text-center shadow-sm" aria-live="polite">
          <h1 className="text-xl font-semibold" data-testid="paypal-sandbox-done">
            {approved ? T.doneApproved : T.doneCancelled}
          </h1>
          <p className="text-slate-700">{approved ? T.doneApprovedText : T.doneCancelledText}</p>
          {popup ? <NotifyOpener orderId={orderId} outcome={approved ? "approved" : "cancelled"} /> : null}
        </section>
      </Shell>
    );
  }

  if (!view.open) {
    return (
      <Shell>
        <section className="rounded-xl bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{T.closedTitle}</h1>
          <p className="mt-2 text-slate-700">{T.closedText}</p>
        </section>
      </Shell>
    );
  }

  return (
    <Shell>
      <section className="rounded-xl bg-white p-5 shadow-sm" aria-labelledby="pp-amount-label">
        <p id="pp-amount-label" className="text-sm text-slate-600">
          {T.merchantLine(view.brandName)}
        </p>
        <p className="mt-1 text-3xl font-semibold" data-testid="paypal-sandbox-amount">
          <span className="sr-only">{T.amountLabel} : </span>
          {formatAmount(view.amount.value, view.amount.currencyCode)}
        </p>
        {view.description ? <p className="mt-1 text-sm text-slate-600">{view.description}</p> : null}
      </section>

      <section className="flex flex-col gap-4 rounded-xl bg-white p-5 shadow-sm" aria-labelledby="pp-form-title">
        <h1 id="pp-form-title" className="text-xl font-semibold">
          {source === "card" ? T.cardTitle : T.loginTitle}
        </h1>
        <p className="text-sm text-slate-700">{source === "card" ? T.cardIntro : T.loginIntro}</p>
        {source === "card" ? <GuestCardForm orderId={orderId} popup={popup} /> : <PaypalLoginForm orderId={orderId} popup={popup} defaultEmail={DEFAULT_BUYER.email} />}
        <div className="flex items-center gap-3 text-sm text-slate-500" aria-hidden="true">
          <span className="h-px flex-1 bg-slate-300" />
          ou
          <span className="h-px flex-1 bg-slate-300" />
        </div>
        {source === "card" ? (
          <Link href={keep({ source: "paypal" })} className="text-center font-semibold text-[#0070BA] underline">
            {T.toLogin}
          </Link>
        ) : (
          <Link href={keep({ source: "card" })} className="w-full rounded-full bg-[#2C2E2F] px-4 py-3 text-center text-base font-semibold text-white hover:bg-black" data-testid="paypal-sandbox-to-card">
            {T.toCard}
          </Link>
        )}
        <form action={cancelPaypalApproval}>
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="popup" value={popup ? "1" : "0"} />
          <button type="submit" className="w-full rounded-full border border-slate-400 px-4 py-3 text-base font-semibold text-slate-800 hover:bg-slate-100" data-testid="paypal-sandbox-cancel">
            {T.cancel}
          </button>
        </form>
      </section>

      <details className="rounded-xl bg-white p-4 text-sm shadow-sm">
        <summary className="cursor-pointer font-semibold">{source === "card" ? T.testCards : T.testAccounts}</summary>
        <ul className="mt-2 flex flex-col gap-1">
          {source === "card"
            ? Object.entries(TEST_CARDS).map(([number, card]) => (
                <li key={number}>
                  <span className="font-mono">{spaced(number)}</span> : {card.label}
                </li>
              ))
            : Object.entries(SANDBOX_ACCOUNTS).map(([email, account]) => (
                <li key={email}>
                  <span className="font-mono">{email}</span> : {account.label}
                </li>
              ))}
          <li className="text-slate-600">{source === "card" ? T.otherCards : T.otherAccounts}</li>
        </ul>
      </details>
    </Shell>
  );
}
