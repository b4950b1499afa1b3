"use client";

import { useActionState } from "react";
import { initialApprovalFormState, type ApprovalFormState } from "./action-state";
import { approveWithCard } from "./approve-with-card";
import { approveWithPaypal } from "./approve-with-paypal";
import { T } from "./texts";

const INPUT =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base text-slate-900 placeholder:text-slate-400 focus:outline-2 focus:outline-offset-1 focus:outline-[#0070BA] aria-[invalid=true]:border-red-700";

function Field(props: {
  id: string;
  name: string;
  label: string;
  state: ApprovalFormState;
  hint?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "text";
  defaultValue?: string;
  placeholder?: string;
}) {
  const error = props.state.errors?.[props.name];
  const describedBy = [props.hint ? `${props.id}-hint` : null, error ? `${props.id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <input
        id={props.id}
        name={props.name}
        type={props.type ?? "text"}
        required
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        placeholder={props.placeholder}
        defaultValue={props.state.values?.[props.name] ?? props.defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={INPUT}
      />
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-xs text-slate-600">
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${props.id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function FormMessage({ state }: { state: ApprovalFormState }) {
  if (!state.message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.message}
    </p>
  );
}

function Hidden({ orderId, popup }: { orderId: string; popup: boolean }) {
  return (
    <>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="popup" value={popup ? "1" : "0"} />
    </>
  );
}

const PRIMARY =
  "w-full rounded-full bg-[#0070BA] px-4 py-3 text-base font-semibold text-white hover:bg-[#005EA6] focus:outline-2 focus:outline-offset-2 focus:outline-[#003087] disabled:opacity-60";

export function PaypalLoginForm({ orderId, popup, defaultEmail }: { orderId: string; popup: boolean; defaultEmail: string }) {
  const [state, action, pending] = useActionState(approveWithPaypal, initialApprovalFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <Hidden orderId={orderId} popup={popup} />
      <FormMessage state={state} />
      <Field id="pp-email" name="email" label={T.email} type="email" autoComplete="username" inputMode="email" state={state} defaultValue={defaultEmail} />
      <Field id="pp-password" name="password" label={T.password} type="password" autoComplete="current-password" state={state} hint={T.passwordHint} defaultValue="sandbox" />
      <button type="submit" className={PRIMARY} disabled={pending} data-testid="paypal-sandbox-login">
        {T.login}
      </button>
    </form>
  );
}

export function GuestCardForm({ orderId, popup }: { orderId: string; popup: boolean }) {
  const [state, action, pending] = useActionState(approveWithCard, initialApprovalFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <Hidden orderId={orderId} popup={popup} />
      <FormMessage state={state} />
      <Field id="card-email" name="email" label={T.email} type="email" autoComplete="email" inputMode="email" state={state} />
      <Field id="card-name" name="name" label={T.holder} autoComplete="cc-name" state={state} />
      <Field id="card-number" name="number" label={T.cardNumber} autoComplete="cc-number" inputMode="numeric" placeholder="4242 4242 4242 4242" state={state} />
      <div className="grid grid-cols-2 gap-3">
        <Field id="card-expiry" name="expiry" label={T.expiry} autoComplete="cc-exp" placeholder="12/30" state={state} />
        <Field id="card-cvc" name="cvc" label={T.cvc} autoComplete="cc-csc" inputMode="numeric" placeholder="123" state={state} />
      </div>
      <button type="submit" className="w-full rounded-full bg-[#2C2E2F] px-4 py-3 text-base font-semibold text-white hover:bg-black focus:outline-2 focus:outline-offset-2 focus:outline-[#0070BA] disabled:opacity-60" disabled={pending} data-testid="paypal-sandbox-card-submit">
        {T.payByCard}
      </button>
    </form>
  );
}
