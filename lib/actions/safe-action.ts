import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { fr } from "zod/locales";
import { adminMustEnrolSecondFactor, getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { UserRole } from "@/lib/db/schema";
import { currentOrderVersion, STALE_ORDER_MESSAGE } from "@/lib/orders/order-version";
import { log } from "@/lib/shared/log";
import { formError, type FormState } from "./form-state";

/*
 * The one wrapper every server action goes through (dub's safe-action is the model): it checks
 * who is calling on the server (whatever the page or the proxy did), validates the input with zod,
 * runs the action, and turns every way of failing into the action's own state with a French
 * message — a refusal never writes anything, an unexpected error is logged and never shown.
 * Next's redirect() and notFound() pass through untouched.
 */

// zod's own messages, for the rare field whose schema names none, in French like every other.
z.config(fr());

/** Who may call an action: anyone (guests included), any signed-in account, or these roles. */
export type ActionAccess = "anyone" | "signed-in" | UserRole | readonly UserRole[];

export type ActionContext = {
  /** The signed-in user, read once and only when asked (a guest's token-based action never needs it). */
  user(): Promise<CurrentUser | null>;
};

/** Why an action did not run: its caller, its input, or an error of ours. */
export type ActionFailure =
  | { kind: "denied"; message: string }
  | { kind: "invalid"; message: string; fieldErrors: Record<string, string> }
  | { kind: "failed"; message: string };

export const ACTION_MESSAGES = {
  signInRequired: "Votre session a expiré : reconnectez-vous pour continuer.",
  adminOnly: "Action réservée aux administrateurs : reconnectez-vous.",
  forbidden: "Cette action ne vous est pas permise.",
  secondFactorRequired: "Activez d'abord la double authentification (page Sécurité du back-office).",
  invalid: "Corrigez les champs signalés.",
  failed: "L'action n'a pas pu être enregistrée. Réessayez ; si cela persiste, prévenez-nous.",
} as const;

/** The first message of each field at fault ("form" for errors without a field). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  return fieldErrors;
}

async function deniedMessage(access: ActionAccess, ctx: ActionContext, secondFactorOptional: boolean): Promise<string | null> {
  if (access === "anyone") return null;
  const user = await ctx.user();
  if (!user) return access === "admin" ? ACTION_MESSAGES.adminOnly : ACTION_MESSAGES.signInRequired;
  if (access === "signed-in") return null;
  const roles: readonly UserRole[] = typeof access === "string" ? [access] : access;
  // A real shop's admin acts only once their second factor is on (session.ts), but for enrolling it.
  if (roles.includes(user.role) && !secondFactorOptional && adminMustEnrolSecondFactor(user)) return ACTION_MESSAGES.secondFactorRequired;
  if (roles.includes(user.role)) return null;
  return roles.length === 1 && roles[0] === "admin" ? ACTION_MESSAGES.adminOnly : ACTION_MESSAGES.forbidden;
}

/**
 * Builds a server action from `In` (what the browser sends: FormData, or a plain object from a
 * client component) to `R` (what it answers). `read` turns the input into the object the schema
 * validates; `failed` says how a refusal reads in this action's state.
 */
export function createAction<In, S extends z.ZodType, R>(
  config: {
    name: string;
    access: ActionAccess;
    /** For the second factor's own enrolment: an admin who must enrol may call it. */
    secondFactorOptional?: boolean;
    schema: S;
    read: (input: In) => unknown;
    failed: (failure: ActionFailure, input: In) => R;
  },
  run: (data: z.output<S>, ctx: ActionContext, input: In) => Promise<R>,
): (input: In) => Promise<R> {
  return async (input: In) => {
    let cached: Promise<CurrentUser | null> | null = null;
    const ctx: ActionContext = { user: () => (cached ??= getCurrentUser()) };
    try {
      const denied = await deniedMessage(config.access, ctx, config.secondFactorOptional === true);
      if (denied) return config.failed({ kind: "denied", message: denied }, input);
      const parsed = config.schema.safeParse(config.read(input));
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error);
        // One thing wrong: say it; several: point to the fields.
        const messages = Object.values(fieldErrors);
        return config.failed({ kind: "invalid", message: messages.length === 1 ? messages[0]! : ACTION_MESSAGES.invalid, fieldErrors }, input);
      }
      return await run(parsed.data, ctx, input);
    } catch (error) {
      unstable_rethrow(error);
      log.error("actions", `${config.name} failed`, error);
      return config.failed({ kind: "failed", message: ACTION_MESSAGES.failed }, input);
    }
  };
}

/** The text fields of a form, to put back after a refusal (never the confirmation tick or Next's own fields). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$") && key !== "confirm") out[key] = value;
  return out;
}

/** A form's fields as one object for its schema (the last value wins for repeated names). */
export function formObject(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(formData.entries());
}

/**
 * The usual shape: a `<form>` bound with useActionState, answering a FormState. Refusals come
 * back with the form's values and, for invalid input, each field's message.
 */
export function formAction<S extends z.ZodType>(
  config: { name: string; access: ActionAccess; schema: S },
  run: (data: z.output<S>, ctx: ActionContext, formData: FormData) => Promise<FormState>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  const action = createAction<FormData, S, FormState>(
    {
      ...config,
      read: formObject,
      failed: (failure, formData) =>
        failure.kind === "invalid"
          ? { status: "error", message: failure.message, fieldErrors: failure.fieldErrors, values: formValues(formData) }
          : formError(failure.message, formValues(formData)),
    },
    run,
  );
  return (_previous, formData) => action(formData);
}

/** The order an admin order page showed, bound into each of its forms when the page renders. */
export type SeenOrder = { orderId: string; version: string };

const seenOrderSchema = z.object({ orderId: z.uuid(), version: z.string().min(1).max(100) });

/**
 * A form of the admin order page: like formAction, plus the order's version as the page showed it
 * (`action.bind(null, { orderId, version })`, so that every form of the page carries it without
 * a field of its own). An order that changed since then is refused with STALE_ORDER_MESSAGE and
 * nothing runs — after the caller's role is checked, so a stranger learns nothing. A use case
 * that must tell a double click (its own request key, already done) from a stale page checks the
 * version itself, under its lock: `versionCheckedBy: "use-case"` hands it the seen version instead.
 */
export function orderFormAction<S extends z.ZodType>(
  config: { name: string; access: ActionAccess; schema: S; versionCheckedBy?: "use-case" },
  run: (data: z.output<S>, ctx: ActionContext, formData: FormData, seen: SeenOrder) => Promise<FormState>,
): (seen: SeenOrder, previous: FormState, formData: FormData) => Promise<FormState> {
  const action = createAction<{ seen: unknown; formData: FormData }, S, FormState>(
    {
      ...config,
      read: ({ formData }) => formObject(formData),
      failed: (failure, { formData }) =>
        failure.kind === "invalid"
          ? { status: "error", message: failure.message, fieldErrors: failure.fieldErrors, values: formValues(formData) }
          : formError(failure.message, formValues(formData)),
    },
    async (data, ctx, { seen, formData }) => {
      const parsed = seenOrderSchema.safeParse(seen);
      if (!parsed.success) return formError(STALE_ORDER_MESSAGE, formValues(formData));
      if (config.versionCheckedBy !== "use-case" && parsed.data.version !== (await currentOrderVersion(await getDb(), parsed.data.orderId))) {
        return formError(STALE_ORDER_MESSAGE, formValues(formData));
      }
      return run(data, ctx, formData, parsed.data);
    },
  );
  return (seen, _previous, formData) => action({ seen, formData });
}
