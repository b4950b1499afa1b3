"use client";

import {
  FUNDING,
  PayPalButtons,
  PayPalScriptProvider,
  usePayPalScriptReducer,
  type PayPalButtonsComponentProps,
  type ReactPayPalScriptOptions,
} from "@paypal/react-paypal-js";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { PayPalButtonsConfig } from "@/lib/providers/paypal/browser-config";
import type { CreatePayPalOrderResult, PayPalCaptureResult } from "@/lib/use-cases/paypal-checkout";
import { PAYPAL_OUTCOME_PARAM, type PayPalOutcome } from "./paypal-outcome";
import { useTermsCheck } from "./terms-check";

/*
 * PayPal at checkout: the PayPal button and the card button ("Carte bancaire via PayPal, sans
 * compte"), through @paypal/react-paypal-js (PayPalScriptProvider + PayPalButtons, JS SDK v5).
 * Rendered only once the customer picks PayPal, so the SDK script is never loaded elsewhere. In
 * sandbox mode `sdkBaseUrl` points at the emulator's stand-in; the CSP nonce lets the script load.
 *
 * The amount is never decided here: createOrder sends the checkout form to the server, which
 * prices the cart; onApprove asks the server to capture and reconcile.
 */

const TEXT = {
  loading: "Chargement de PayPal…",
  loadFailed: "PayPal n'a pas pu être chargé. Vérifiez votre connexion puis rechargez la page, ou choisissez un autre moyen de paiement.",
  notReady: "Remplissez le formulaire et acceptez les conditions générales de vente pour payer avec PayPal.",
  cardTitle: "Carte bancaire via PayPal, sans compte",
  cardHint: "Payez par carte sur la fenêtre sécurisée de PayPal, sans créer de compte PayPal.",
  paypalHint: "Connectez-vous à votre compte PayPal dans la fenêtre qui s'ouvre.",
  invalidTitle: "Votre commande n'a pas été passée",
  cancelledTitle: "Paiement annulé",
  cancelled: "Vous avez fermé la fenêtre PayPal sans payer. Votre commande est enregistrée et reste à régler : cliquez de nouveau sur un bouton PayPal, ou choisissez un autre moyen de paiement.",
  declinedTitle: "Paiement refusé par PayPal",
  pendingTitle: "Paiement en attente de confirmation",
  paidTitle: "Paiement accepté",
  paid: "Merci ! Nous affichons votre ticket de paiement…",
  failedTitle: "Paiement refusé",
  errorTitle: "Le paiement n'a pas abouti",
  error: "PayPal a rencontré un problème. Si votre commande a été créée, elle est enregistrée et reste à régler : réessayez dans un instant ou choisissez un autre moyen de paiement.",
  orderLink: "Voir ma commande",
  receiptLink: "Voir le suivi du paiement",
} as const;

type Notice = { tone: "info" | "success" | "warning" | "error"; title: string; body: ReactNode; testid: string };
export type Placed = { reference: string; token: string };



/** The server actions the buttons call (app/(shop)/commande): our order and its PayPal order, then the capture. */
export type PayPalActions = {
  createOrder: (formData: FormData) => Promise<CreatePayPalOrderResult>;
  captureOrder: (input: { reference: string; token: string; paypalOrderId: string }) => Promise<PayPalCaptureResult>;
};

/**
 * Two modes. In the checkout form (no `placed`): the first click turns the cart into our order.
 * For an order that already exists (`placed`: the checkout once the cart became an order, the
 * order page, the receipt): every click pays that same order.
 */
export function PayPalCheckoutButtons({ config, actions, placed }: { config: PayPalButtonsConfig; actions: PayPalActions; placed?: Placed }) {
  const options: ReactPayPalScriptOptions = {
    clientId: config.clientId,
    currency: "EUR",
    intent: "capture",
    locale: "fr_FR",
    components: "buttons",
    ...(config.sdkBaseUrl ? { sdkBaseUrl: config.sdkBaseUrl } : {}),
    // Sets the script's nonce attribute (react-paypal-js copies data-csp-nonce to `nonce`).
    ...(config.nonce ? { dataCspNonce: config.nonce } : {}),
  };
  return (
    <PayPalScriptProvider options={options}>
      <PayPalFlow serverActions={actions} placedOrder={placed ?? null} />
    </PayPalScriptProvider>
  );
}

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function firstInvalidVisibleField(form: HTMLFormElement, except?: string): FormControl | null {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    if (element.type === "hidden" || element.disabled || element.getClientRects().length === 0) continue;
    if (except && element.name === except) continue;
    if (!element.checkValidity()) return element;
  }
  return null;
}

function orderPathOf(placed: Placed): string {
  return `/commandes/${encodeURIComponent(placed.reference)}?t=${encodeURIComponent(placed.token)}`;
}

function PayPalFlow({ serverActions, placedOrder }: { serverActions: PayPalActions; placedOrder: Placed | null }) {
  const [{ isPending, isRejected }] = usePayPalScriptReducer();
  const router = useRouter();
  const containerRef = useRef<HTMLDivElement>(null);
  const placedRef = useRef<Placed | null>(placedOrder);
  // Pending: PayPal verifies the payment; no button may start another one.
  const [settled, setSettled] = useState(false);
  // Set when our own callbacks already told the customer what happened (onError must not overwrite it).
  const explainedRef = useRef(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const terms = useTermsCheck();
  // Whether the form passes the browser's checks (CGV box included). Until it does, the buttons
  // are disabled through the SDK (PayPal's own pattern for validating a form: a click still calls
  // onClick, which shows what is missing, but no PayPal window opens). Starts false: before the
  // effect has read the form, nothing may open.
  const [formReady, setFormReady] = useState(false);
  const [placed, setPlaced] = useState(placedOrder !== null);

  useEffect(() => {
    const form = containerRef.current?.closest("form");
    if (!form || placedOrder) {
      setFormReady(true);
      return;
    }
    const sync = () => setFormReady(firstInvalidVisibleField(form) === null);
    sync();
    form.addEventListener("input", sync);
    form.addEventListener("change", sync);
    return () => {
      form.removeEventListener("input", sync);
      form.removeEventListener("change", sync);
    };
  }, [placedOrder]);

  /** In the checkout form, once our order exists: on to the checkout showing that order (see PayPalOutcome). */
  const leaveSpentForm = (outcome: PayPalOutcome): boolean => {
    if (placedOrder || !placedRef.current) return false;
    // A full navigation on purpose: the root layout (the header's cart count) is rendered again,
    // and nothing of the spent form or of the SDK's closed window survives.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(`/commande?${PAYPAL_OUTCOME_PARAM}=${outcome}`);
    return true;
  };

  const remember = (p: Placed) => {
    placedRef.current = p;
    setPlaced(true);
  };

  const show = (n: Notice) => {
    explainedRef.current = true;
    setNotice(n);
  };
  const orderLink = () =>
    placedRef.current ? (
      <p className="mt-2">
        <Link href={orderPathOf(placedRef.current)} className="font-medium underline underline-offset-2">
          {TEXT.orderLink} {placedRef.current.reference}
        </Link>
      </p>
    ) : null;

  const onClick: PayPalButtonsComponentProps["onClick"] = (_data, actions) => {
    setNotice(null);
    explainedRef.current = false;
    // Before the PayPal window opens, the browser checks the fields it can check (the server
    // checks everything again). Only fields on screen: hidden ones (the shipping address when it
    // is the billing one) are not sent as the customer's choice. An order already placed (paying
    // again after closing the window) was checked when it was placed.
    const form = containerRef.current?.closest("form");
    if (placedRef.current || !form) return actions.resolve();
    // The CGV box gets the page's own error (as after a refused submit), not a browser bubble.
    const termsAccepted = terms ? terms.requireAccepted() : true;
    const invalid = firstInvalidVisibleField(form, terms ? "acceptTerms" : undefined);
    if (invalid) {
      invalid.reportValidity();
      return actions.reject();
    }
    if (!termsAccepted) {
      terms?.focus();
      return actions.reject();
    }
    return actions.resolve();
  };

  const createOrder: PayPalButtonsComponentProps["createOrder"] = async () => {
    const form = containerRef.current?.closest("form");
    const data = form ? new FormData(form) : new FormData();
    data.set("paymentMethod", "paypal");
    if (placedRef.current) {
      data.set("placedReference", placedRef.current.reference);
      data.set("placedToken", placedRef.current.token);
    }
    setBusy(true);
    try {
      const result = await serverActions.createOrder(data);
      if (result.ok) {
        remember({ reference: result.reference, token: result.token });
        return result.paypalOrderId;
      }
      if ("placed" in result && result.placed) remember(result.placed);
      show({
        tone: "error",
        title: TEXT.invalidTitle,
        testid: "paypal-error",
        body: (
          <>
            <p>{result.message}</p>
            {"errors" in result ? (
              <ul className="mt-2 list-disc pl-5">
                {Object.entries(result.errors).map(([field, message]) => (
                  <li key={field}>
                    <a href={`#${field}`} className="underline underline-offset-2">
                      {message}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {orderLink()}
          </>
        ),
      });
      throw new Error(result.message);
    } finally {
      setBusy(false);
    }
  };

  const onApprove: PayPalButtonsComponentProps["onApprove"] = async (data) => {
    const placed = placedRef.current;
    if (!placed) {
      show({ tone: "error", title: TEXT.errorTitle, body: TEXT.error, testid: "paypal-error" });
      return;
    }
    setBusy(true);
    try {
      const result = await serverActions.captureOrder({ reference: placed.reference, token: placed.token, paypalOrderId: data.orderID });
      switch (result.status) {
        case "paid":
          show({ tone: "success", title: TEXT.paidTitle, body: TEXT.paid, testid: "paypal-paid" });
          router.push(result.receiptPath);
          return;
        case "pending":
          setSettled(true);
          if (leaveSpentForm("attente")) return;
          show({
            tone: "info",
            title: TEXT.pendingTitle,
            testid: "paypal-pending",
            body: <MessageWithReceiptLink message={result.message} receiptPath={result.receiptPath} />,
          });
          return;
        case "failed":
          if (leaveSpentForm("erreur")) return;
          show({
            tone: "error",
            title: TEXT.failedTitle,
            testid: "paypal-error",
            body: <MessageWithReceiptLink message={result.message} receiptPath={result.receiptPath} />,
          });
          return;
        case "declined":
          // Not actions.restart(): PayPal's window is closed by now (the emulator's, and the real
          // one once onApprove settles), and reopening one outside a click is blocked by the
          // browser. The buttons stay usable: the next click reopens the SAME PayPal order
          // (startPayPalForOrder), where the buyer picks another card or account.
          if (leaveSpentForm("refuse")) return;
          show({ tone: "warning", title: TEXT.declinedTitle, body: result.message, testid: "paypal-declined" });
          return;
        case "error":
          if (leaveSpentForm("erreur")) return;
          show({ tone: "error", title: TEXT.errorTitle, testid: "paypal-error", body: <><p>{result.message}</p>{orderLink()}</> });
          return;
      }
    } finally {
      setBusy(false);
    }
  };

  const onCancel: PayPalButtonsComponentProps["onCancel"] = () => {
    if (leaveSpentForm("annule")) return;
    show({ tone: "warning", title: TEXT.cancelledTitle, testid: "paypal-cancelled", body: <><p>{TEXT.cancelled}</p>{orderLink()}</> });
  };

  const onError: PayPalButtonsComponentProps["onError"] = () => {
    if (explainedRef.current) return;
    if (leaveSpentForm("erreur")) return;
    show({ tone: "error", title: TEXT.errorTitle, testid: "paypal-error", body: <><p>{TEXT.error}</p>{orderLink()}</> });
  };

  const ready = placed || formReady;
  if (settled) {
    return notice ? (
      <div data-testid={notice.testid}>
        <Alert tone={notice.tone} title={notice.title} live>
          {notice.body}
        </Alert>
      </div>
    ) : (
      <p className="text-sm text-stone-600">{TEXT.pendingTitle}…</p>
    );
  }
  const common = { createOrder, onApprove, onCancel, onError, onClick, disabled: busy || !ready } satisfies PayPalButtonsComponentProps;

  return (
    <div ref={containerRef} className="flex flex-col gap-4" data-testid="paypal-buttons" aria-busy={busy || isPending}>
      {notice ? (
        <div data-testid={notice.testid}>
          <Alert tone={notice.tone} title={notice.title} live>
            {notice.body}
          </Alert>
        </div>
      ) : null}
      {isPending ? <p className="text-sm text-stone-600">{TEXT.loading}</p> : null}
      {!ready && !isPending && !isRejected ? (
        <p className="text-sm text-stone-600" data-testid="paypal-not-ready">
          {TEXT.notReady}
        </p>
      ) : null}
      {isRejected ? (
        <Alert tone="error" live>
          {TEXT.loadFailed}
        </Alert>
      ) : null}
      <section aria-labelledby="paypal-account-title" className="flex flex-col gap-2">
        <h3 id="paypal-account-title" className="font-medium">
          PayPal
        </h3>
        <p className="text-sm text-stone-600">{TEXT.paypalHint}</p>
        <PayPalButtons {...common} fundingSource={FUNDING.PAYPAL} style={{ layout: "vertical", label: "pay", shape: "rect", color: "gold" }} />
      </section>
      <section aria-labelledby="paypal-card-title" className="flex flex-col gap-2" data-testid="paypal-card-section">
        <h3 id="paypal-card-title" className="font-medium">
          {TEXT.cardTitle}
        </h3>
        <p className="text-sm text-stone-600">{TEXT.cardHint}</p>
        <PayPalButtons {...common} fundingSource={FUNDING.CARD} style={{ layout: "vertical", shape: "rect" }}>
          <p className="text-sm text-stone-600">Le paiement par carte via PayPal n&apos;est pas disponible pour le moment.</p>
        </PayPalButtons>
      </section>
    </div>
  );
}

/** A capture's outcome in words, with the way to its receipt. */
function MessageWithReceiptLink({ message, receiptPath }: { message: string | null; receiptPath: string }) {
  return (
    <>
      {message ? <p>{message}</p> : null}
      <p className="mt-2">
        <Link href={receiptPath} className="font-medium underline underline-offset-2">
          {TEXT.receiptLink}
        </Link>
      </p>
    </>
  );
}
