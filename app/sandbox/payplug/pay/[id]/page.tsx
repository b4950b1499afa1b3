import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/shared/env";
import { formatEur } from "@/lib/shared/money";
import { loadHostedPage, type HostedPageView } from "@/lib/sandbox/payplug/hosted-page";
import { requireEmulator } from "../../../sandbox-guard";
import { cancelPayment } from "./cancel-payment";
import { submitCard } from "./submit-card";
import { submitOtp } from "./submit-otp";

export const dynamic = "force-dynamic";
// An absolute title: this page stands for PayPlug's site, not one of the shop's pages.
export const metadata: Metadata = { title: { absolute: "Paiement sécurisé · PayPlug (bac à sable)" }, robots: { index: false, follow: false } };

/*
 * The PayPlug emulator's hosted card page (sandbox mode only). It stands for PayPlug's own site:
 * data-chrome="none" hides the shop's header and footer (root layout), and it carries PayPlug's
 * look, not the shop's. Plain forms posting to server actions: no client JavaScript needed,
 * nothing inline for the CSP to block. The card data goes to the emulator only, never to the
 * shop's own code.
 */

type OpenView = Extract<HostedPageView, { status: "open" }>;

const INPUT =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 placeholder:text-slate-400 focus:border-[#1f3a8a] focus:outline-2 focus:outline-offset-1 focus:outline-[#1f3a8a] aria-invalid:border-red-600";
const BUTTON =
  "rounded-lg bg-[#1f3a8a] px-4 py-3 text-base font-semibold text-white hover:bg-[#172c6b] focus:outline-2 focus:outline-offset-2 focus:outline-[#1f3a8a]";

function frDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function SandboxMark() {
  return (
    <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-center text-sm font-semibold text-amber-900">
      Bac à sable — aucune carte réelle n&apos;est débitée
    </p>
  );
}

/** PayPlug's wordmark, drawn in text (no third-party asset). */
function PayplugLogo() {
  return (
    <span role="img" className="text-2xl font-extrabold tracking-tight lowercase" aria-label="PayPlug" data-testid="payplug-sandbox-logo">
      <span className="text-[#1f3a8a]">pay</span>
      {/* PayPlug's green, darkened to 4.8:1 on the page background (the brand's #16a37f is 2.8:1). */}
      <span className="text-[#047857]">plug</span>
    </span>
  );
}

function LockIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
      <path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1.5 1.5 0 0 0-1.5 1.5v6A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-6A1.5 1.5 0 0 0 12 6h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 5V4.5a2 2 0 1 1 4 0V6H6Z" />
    </svg>
  );
}

function Field(props: { id: string; label: string; error?: string; hint?: string; children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode }) {
  const described = [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-xs text-slate-500">
          {props.hint}
        </p>
      ) : null}
      {props.children({ ...(props.error ? { "aria-invalid": true as const } : {}), ...(described ? { "aria-describedby": described } : {}) })}
      {props.error ? (
        <p id={`${props.id}-error`} className="text-sm font-medium text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function CancelForm({ id }: { id: string }) {
  return (
    <form action={cancelPayment} className="text-center">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="text-sm font-medium text-slate-600 underline underline-offset-2 hover:text-slate-900">
        Annuler et retourner à la boutique
      </button>
    </form>
  );
}

function TestCards({ view }: { view: OpenView }) {
  return (
    <details className="rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
      <summary className="cursor-pointer font-medium text-slate-800">Cartes de test</summary>
      <p className="mt-2 text-slate-600">
        Ce bac à sable a ses propres cartes de test (PayPlug n&apos;en publie pas). Toute date d&apos;expiration future et tout
        cryptogramme à 3 chiffres sont acceptés.
      </p>
      <table className="mt-2 w-full text-left">
        <caption className="sr-only">Cartes de test et résultat obtenu</caption>
        <thead>
          <tr className="text-slate-500">
            <th scope="col" className="py-1 pr-2 font-medium">
              Numéro
            </th>
            <th scope="col" className="py-1 font-medium">
              Résultat
            </th>
          </tr>
        </thead>
        <tbody>
          {view.testCards.map((c) => (
            <tr key={c.number} className="border-t border-slate-200">
              <td className="py-1 pr-2 font-mono whitespace-nowrap">{c.number}</td>
              <td className="py-1">{c.label}</td>
            </tr>
          ))}
          <tr className="border-t border-slate-200">
            <td className="py-1 pr-2">Numéro invalide (clé de Luhn)</td>
            <td className="py-1">Refusé sur la page : numéro incorrect (incorrect_number)</td>
          </tr>
          <tr className="border-t border-slate-200">
            <td className="py-1 pr-2">Mauvais code SMS 3 fois</td>
            <td className="py-1">Refusée : échec 3-D Secure (3ds_declined)</td>
          </tr>
        </tbody>
      </table>
    </details>
  );
}

function CardStep({ view }: { view: OpenView }) {
  const err = (field: string) => (view.error?.field === field ? view.error.message : undefined);
  return (
    <form action={submitCard} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="id" value={view.id} />
      <Field id="number" label="Numéro de carte" error={err("number")}>
        {(aria) => (
          <input id="number" name="number" className={`${INPUT} font-mono`} inputMode="numeric" autoComplete="cc-number" placeholder="1234 5678 9012 3456" required {...aria} />
        )}
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="expiry" label="Date d'expiration" hint="MM/AA" error={err("expiry")}>
          {(aria) => <input id="expiry" name="expiry" className={INPUT} inputMode="numeric" autoComplete="cc-exp" placeholder="MM/AA" required {...aria} />}
        </Field>
        <Field id="cvc" label="Cryptogramme (CVC)" hint="3 chiffres au dos" error={err("cvc")}>
          {(aria) => <input id="cvc" name="cvc" className={INPUT} inputMode="numeric" autoComplete="cc-csc" placeholder="123" required {...aria} />}
        </Field>
      </div>
      <Field id="holder" label="Titulaire de la carte" error={err("holder")}>
        {(aria) => <input id="holder" name="holder" className={INPUT} autoComplete="cc-name" placeholder="Nom tel qu'il figure sur la carte" required {...aria} />}
      </Field>
      <button type="submit" className={BUTTON}>
        Payer {formatEur(view.amount)}
      </button>
    </form>
  );
}

function OtpStep({ view }: { view: OpenView }) {
  const error = view.error?.field === "otp" ? view.error.message : undefined;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">Authentification 3-D Secure</h2>
        <p className="mt-1 text-sm text-slate-700">
          {view.maskedPhone
            ? `Un code à usage unique a été envoyé par SMS au ${view.maskedPhone}.`
            : "Un code à usage unique a été envoyé par SMS au numéro enregistré auprès de votre banque."}
          {view.card ? ` Carte ${view.card.brand} •••• ${view.card.last4}.` : null}
        </p>
      </div>
      <p className="rounded-md border border-dashed border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Bac à sable : le SMS n&apos;est pas envoyé. Code reçu :{" "}
        <strong className="font-mono text-base tracking-widest" data-testid="sandbox-otp-code">
          {view.otpCode}
        </strong>
      </p>
      <form action={submitOtp} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="id" value={view.id} />
        <Field id="code" label="Code reçu par SMS" hint={`${view.attemptsLeft} essai${view.attemptsLeft > 1 ? "s" : ""} restant${view.attemptsLeft > 1 ? "s" : ""}`} error={error}>
          {(aria) => (
            <input id="code" name="code" className={`${INPUT} font-mono tracking-widest`} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required {...aria} />
          )}
        </Field>
        <button type="submit" className={BUTTON}>
          Valider
        </button>
      </form>
    </div>
  );
}

const CLOSED_TITLES = { paid: "Paiement accepté", failed: "Paiement refusé", cancelled: "Paiement annulé", expired: "Délai de paiement dépassé" } as const;

export default async function HostedPaymentPage({ params }: { params: Promise<{ id: string }> }) {
  requireEmulator("payplug");
  const { id } = await params;
  const view = await loadHostedPage(id, { defaultShopName: env.merchant.name });
  if (view.status === "not_found") notFound();

  return (
    <main data-chrome="none" className="min-h-screen bg-[#eef1f7] px-4 py-6 text-slate-900">
      <div className="mx-auto flex max-w-md flex-col gap-4">
        <header className="flex items-center justify-between">
          <PayplugLogo />
          <span className="inline-flex items-center gap-1.5 rounded-full bg-white px-3 py-1 text-xs font-medium text-slate-700 shadow-sm ring-1 ring-slate-200">
            <LockIcon />
            Paiement sécurisé
          </span>
        </header>
        <SandboxMark />
        <section className="flex flex-col gap-5 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200" aria-labelledby="pay-title">
          {view.status === "closed" ? (
            <>
              <h1 id="pay-title" className="text-xl font-semibold">
                {CLOSED_TITLES[view.outcome]}
              </h1>
              {view.reason ? <p className="text-slate-700">{view.reason}</p> : null}
              {view.outcome === "expired" ? (
                <p className="text-slate-700">
                  Ce paiement pour {view.shopName} n&apos;a pas été effectué à temps. Retournez à la boutique pour payer de nouveau votre commande.
                </p>
              ) : (
                <p className="text-slate-700">Ce paiement pour {view.shopName} est terminé.</p>
              )}
              {view.continueUrl ? (
                <a href={view.continueUrl} className={`${BUTTON} text-center`}>
                  Retour à la boutique
                </a>
              ) : null}
            </>
          ) : (
            <>
              <div className="-mx-6 -mt-6 rounded-t-xl border-b border-slate-200 bg-slate-50 px-6 py-4">
                <p className="text-sm text-slate-600">Paiement à {view.shopName}</p>
                <h1 id="pay-title" className="text-3xl font-semibold">
                  {formatEur(view.amount)}
                </h1>
                {view.description ? <p className="mt-1 text-sm text-slate-600">{view.description}</p> : null}
                {view.schedule ? (
                  <div className="mt-2 text-sm text-slate-700">
                    <p>Paiement en {view.schedule.length} fois : première échéance aujourd&apos;hui, puis</p>
                    <ul className="list-inside list-disc">
                      {view.schedule.slice(1).map((s) => (
                        <li key={s.date}>
                          {formatEur(s.amount)} le {frDate(s.date)}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {view.isLive ? null : <p className="mt-1 text-xs font-medium uppercase tracking-wide text-slate-600">Mode test</p>}
              </div>
              {view.step === "otp" ? <OtpStep view={view} /> : <CardStep view={view} />}
              <CancelForm id={view.id} />
            </>
          )}
        </section>
        {view.status === "open" && view.step === "card" ? <TestCards view={view} /> : null}
        <footer className="flex flex-col items-center gap-1 text-center text-xs text-slate-600">
          <p className="font-medium text-slate-700">Visa · Mastercard · CB — 3-D Secure</p>
          <p>Page de paiement émulée par Caisse à la place de PayPlug. Vos données de carte ne sont pas transmises à la boutique.</p>
        </footer>
      </div>
    </main>
  );
}
