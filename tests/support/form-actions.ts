import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

/** A form's fields as the browser sends them. */
export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

/** Calls a useActionState server action the way React does on a first submit. */
export function submitForm(action: (state: FormState, formData: FormData) => Promise<FormState>, fields: Record<string, string>): Promise<FormState> {
  return action(IDLE_FORM_STATE, formData(fields));
}
