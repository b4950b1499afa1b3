import { z } from "zod";

/** State of the approval window's forms, for useActionState. */
export type ApprovalFormState = {
  message?: string;
  errors?: Partial<Record<string, string>>;
  values?: Partial<Record<string, string>>;
};

export const initialApprovalFormState: ApprovalFormState = {};

export const hiddenFieldsSchema = z.object({
  orderId: z.string().regex(/^[A-Z0-9]{1,36}$/),
  popup: z.enum(["1", "0"]).default("0"),
});

export function firstErrors(error: z.ZodError): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

export const text = (formData: FormData, name: string): string => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};
