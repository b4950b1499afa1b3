/**
 * What a form's server action returns to `useActionState`: nothing yet, a refusal (a French
 * message, the message of each field at fault, and the values to put back in the form), or a
 * success message. No imports: safe in a client bundle.
 */
export type FormState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: Record<string, string> }
  | { status: "success"; message: string };

export const IDLE_FORM_STATE: FormState = { status: "idle" };

/** A refusal without field errors, for actions whose form has nothing to put back. */
export function formError(message: string, values: Record<string, string> = {}): FormState {
  return { status: "error", message, fieldErrors: {}, values };
}

export function formSuccess(message: string): FormState {
  return { status: "success", message };
}

/** A refusal that names the field at fault when there is one (the message shows on it and above the form). */
export function formRefusal(result: { message: string; field?: string }, values: Record<string, string> = {}): FormState {
  return result.field ? { status: "error", message: result.message, fieldErrors: { [result.field]: result.message }, values } : formError(result.message, values);
}
