"use client";

import Link from "next/link";
import { flushSync } from "react-dom";
import { useActionState, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError, TextField } from "@/components/ui/field";
import type { PricedCart } from "@/lib/cart/pricing";
import { CHECKOUT_MESSAGES } from "@/lib/orders/checkout-messages";
import type { CheckoutErrors, CheckoutFieldName, CheckoutValues } from "@/lib/orders/checkout-form";
import { formatEur } from "@/lib/shared/money";
import type { PlaceOrderState } from "@/lib/use-cases/place-order";
import { AddressFields } from "./address-fields";
import { OrderSummary, type PriceDisplay } from "./order-summary";
import { PaymentMethodPicker, type MethodOption } from "./payment-method-picker";
import { CardInstalmentChoice, type CardInstalmentOption } from "./card-instalment-choice";
import { TermsCheckContext, type TermsCheck } from "./terms-check";
import { InstalmentChoice, type InstalmentOption } from "./instalment-choice";

const initial: PlaceOrderState = { status: "idle" };

const FIELD_LABELS: Partial<Record<CheckoutFieldName, string>> = {
  email: "E-mail",
  phone: "Téléphone mobile",
  billingFirstName: "Prénom (facturation)",
  billingLastName: "Nom (facturation)",
  billingCompany: "Société (facturation)",
  billingLine1: "Adresse (facturation)",
  billingLine2: "Complément (facturation)",
  billingPostalCode: "Code postal (facturation)",
  billingCity: "Ville (facturation)",
  billingCountry: "Pays (facturation)",
  shippingFirstName: "Prénom (livraison)",
  shippingLastName: "Nom (livraison)",
  shippingCompany: "Société (livraison)",
  shippingLine1: "Adresse (livraison)",
  shippingLine2: "Complément (livraison)",
  shippingPostalCode: "Code postal (livraison)",
  shippingCity: "Ville (livraison)",
  shippingCountry: "Pays (livraison)",
  acceptTerms: "Conditions générales de vente",
  paymentMethod: "Moyen de paiement",
  instalments: "Paiement en plusieurs chèques",
};

type Props = {
  /** The server action that places the order (app/(shop)/commande/place-order.ts). */
  placeOrder: (state: PlaceOrderState, formData: FormData) => Promise<PlaceOrderState>;
  initialValues: CheckoutValues;
  cart: PricedCart;
  methods: MethodOption[];
  /** Approved professionals read the order excluding VAT. */
  display?: PriceDisplay;
  /**
   * What replaces the "Commander" button when a method pays in the page itself (the PayPal
   * buttons), by method id. Such controls sit inside this form and may read its fields.
   */
  methodControls?: Partial<Record<string, ReactNode>>;
  /** « Payer en 2, 3 ou 4 fois par carte », when offered: the schedules computed on the server, shown while the card is chosen. */
  cardInstalments?: { options: CardInstalmentOption[]; freeOfCharge: boolean } | null;
  /** Paying by cheque in 2 to 4 parts, when this buyer may (schedules computed on the server). */
  instalmentOptions?: InstalmentOption[];
};

export function CheckoutForm({ placeOrder, initialValues, cart: initialCart, methods, display, methodControls = {}, instalmentOptions = [], cardInstalments = null }: Props) {
  const [state, action, pending] = useActionState(placeOrder, initial);
  const values: CheckoutValues = state.status === "idle" ? initialValues : state.values;
  const errors: CheckoutErrors = state.status === "idle" ? {} : state.errors;
  const cart = state.status === "refused" ? state.cart : initialCart;
  const summaryRef = useRef<HTMLDivElement>(null);
  const [method, setMethod] = useState(values.paymentMethod ?? "");
  const methodControl = methodControls[method];
  // The CGV error raised in the page (a PayPal button clicked with the box unticked), shown like
  // the server's; ticking the box clears it.
  const termsRef = useRef<HTMLInputElement>(null);
  const [termsError, setTermsError] = useState<string | undefined>(undefined);
  const termsCheck = useMemo<TermsCheck>(
    () => ({
      requireAccepted: () => {
        if (termsRef.current?.checked !== false) return true;
        // Rendered at once, so that focus() lands on a box already described by its error.
        flushSync(() => setTermsError(CHECKOUT_MESSAGES.acceptTerms));
        return false;
      },
      focus: () => termsRef.current?.focus(),
    }),
    [],
  );
  const acceptTermsError = errors.acceptTerms ?? termsError;

  // After a refused submit, move focus to the message so keyboard and screen-reader users hear it.
  useEffect(() => {
    if (state.status !== "idle") summaryRef.current?.focus();
  }, [state]);

  if (state.status === "refused" && (state.reason === "empty_cart" || cart.lines.length === 0)) {
    return (
      <Card>
        <div ref={summaryRef} tabIndex={-1} className="outline-none">
          <Alert tone="warning" title="Votre panier est vide" live>
            {state.message}
          </Alert>
        </div>
        <ButtonLink href="/" className="mt-4">
          Retour au catalogue
        </ButtonLink>
      </Card>
    );
  }

  // In the order of the form, so the summary reads like the page.
  const order = Object.keys(FIELD_LABELS);
  const errorEntries = (Object.entries(errors) as [CheckoutFieldName, string][]).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const blocked = cart.hasProblems;

  return (
    <form action={action} noValidate className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <input type="hidden" name="cartVersion" value={values.cartVersion ?? initialCart.version} />

      <Card as="aside" labelledBy="order-summary-title" className="h-fit lg:sticky lg:top-4 lg:order-last">
        <OrderSummary cart={cart} display={display} />
      </Card>

      <div className="flex flex-col gap-6">
        {state.status !== "idle" ? (
          <div ref={summaryRef} tabIndex={-1} className="outline-none" data-testid="checkout-message">
            {state.status === "invalid" ? (
              <Alert tone="error" title="Votre commande n'a pas été passée" live>
                <p>{state.message}</p>
                <ul className="mt-2 list-disc pl-5">
                  {errorEntries.map(([field, message]) => (
                    <li key={field}>
                      <a href={`#${field}`} className="underline underline-offset-2">
                        {FIELD_LABELS[field] ?? field}
                      </a>{" "}
                      : {message}
                    </li>
                  ))}
                </ul>
              </Alert>
            ) : (
              <Alert tone="warning" title="Vérifiez votre commande" live>
                <p>{state.message}</p>
                {state.reason === "stale_cart" ? (
                  <p className="mt-2 font-medium">
                    Nouveau total : {formatEur(cart.totals.totalCents)}. Confirmez à nouveau pour commander à ce prix.
                  </p>
                ) : null}
                {blocked ? (
                  <p className="mt-2">
                    <Link href="/panier" className="font-medium underline underline-offset-2">
                      Modifier mon panier
                    </Link>
                  </p>
                ) : null}
              </Alert>
            )}
          </div>
        ) : null}

        <Card labelledBy="contact-title">
          <h2 id="contact-title" className="mb-4 text-lg font-semibold">
            Vos coordonnées
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="email"
              name="email"
              type="email"
              label="E-mail"
              hint="Pour la confirmation et le suivi de votre commande."
              required
              autoComplete="email"
              inputMode="email"
              defaultValue={values.email ?? ""}
              error={errors.email}
            />
            <TextField
              id="phone"
              name="phone"
              type="tel"
              label="Téléphone mobile"
              hint="Votre banque peut y envoyer un code de confirmation."
              required
              autoComplete="tel"
              inputMode="tel"
              placeholder="06 12 34 56 78"
              defaultValue={values.phone ?? ""}
              error={errors.phone}
            />
          </div>
        </Card>

        <Card labelledBy="billing-title">
          <h2 id="billing-title" className="mb-4 text-lg font-semibold">
            Adresse de facturation
          </h2>
          <AddressFields prefix="billing" values={values} errors={errors} />
        </Card>

        {/* The shipping fields are always in the form and shown by CSS when the box is unticked:
            this works before hydration and without JavaScript, and survives React's form reset. */}
        <Card labelledBy="shipping-title" className="group">
          <h2 id="shipping-title" className="mb-4 text-lg font-semibold">
            Adresse de livraison
          </h2>
          <label className="flex items-center gap-3">
            <input
              type="checkbox"
              name="sameAsBilling"
              defaultChecked={values.sameAsBilling === "on"}
              className="h-5 w-5 accent-brand-700"
              aria-controls="shipping-address"
              data-testid="same-as-billing"
            />
            <span>Identique à l&apos;adresse de facturation</span>
          </label>
          <div id="shipping-address" className="mt-4 group-has-[input[name=sameAsBilling]:checked]:hidden">
            <AddressFields prefix="shipping" values={values} errors={errors} />
          </div>
        </Card>

        <Card labelledBy="payment-title">
          <h2 id="payment-title" className="sr-only">
            Paiement
          </h2>
          <PaymentMethodPicker methods={methods} selected={values.paymentMethod} error={errors.paymentMethod} onSelect={setMethod} />
          {method === "card" && cardInstalments ? (
            <CardInstalmentChoice options={cardInstalments.options} freeOfCharge={cardInstalments.freeOfCharge} selected={values.instalments} error={errors.instalments} />
          ) : null}
          {method === "cheque" && instalmentOptions.length > 0 ? <InstalmentChoice options={instalmentOptions} selected={values.instalments} error={errors.instalments} /> : null}
        </Card>

        <Card>
          <div className="flex flex-col gap-1">
            <label className="flex items-start gap-3">
              <input
                id="acceptTerms"
                type="checkbox"
                name="acceptTerms"
                defaultChecked={values.acceptTerms === "on"}
                required
                ref={termsRef}
                onChange={(e) => {
                  if (e.target.checked) setTermsError(undefined);
                }}
                aria-invalid={acceptTermsError ? true : undefined}
                aria-describedby={acceptTermsError ? "acceptTerms-error" : undefined}
                className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
              />
              <span>
                J&apos;ai lu et j&apos;accepte les{" "}
                <Link href="/cgv" target="_blank" rel="noopener" className="font-medium text-brand-700 underline underline-offset-2">
                  conditions générales de vente
                  <span className="sr-only"> (nouvel onglet)</span>
                </Link>
                .
              </span>
            </label>
            <FieldError id="acceptTerms" error={acceptTermsError} />
          </div>
          <p className="mt-6 flex items-baseline justify-between text-lg font-semibold">
            <span>Total à payer</span>
            <span className="tabular-nums">{formatEur(cart.totals.totalCents)}</span>
          </p>
          {methodControl && !blocked ? (
            <div className="mt-3">
              <TermsCheckContext value={termsCheck}>{methodControl}</TermsCheckContext>
            </div>
          ) : (
            // The legal wording ("obligation de paiement", Code de la consommation L221-14) is long:
            // on a phone it takes two lines, so give it tight leading, padding and balanced lines.
            <Button type="submit" size="lg" disabled={pending || blocked} className="mt-3 w-full px-4 py-3 leading-tight text-balance sm:w-full sm:px-6" data-testid="place-order">
              {pending ? "Commande en cours…" : "Commander avec obligation de paiement"}
            </Button>
          )}
          <p className="mt-3 text-center text-sm text-stone-500">Vos données servent uniquement à traiter votre commande.</p>
        </Card>
      </div>
    </form>
  );
}
