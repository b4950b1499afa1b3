import "server-only";
import type { z } from "zod";
import type { AdminFormState } from "@/components/admin/form-state";
import { currentUserWithRole, type CurrentUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import { log } from "@/lib/shared/log";
import type { OfflineResult, OfflineSummary } from "@/lib/payments/offline-result";

const UNEXPECTED = "L'action n'a pas pu être enregistrée. Réessayez ; si cela persiste, prévenez l'équipe technique.";

function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$") && k !== "confirm") out[k] = v;
  return out;
}

/**
 * The one wrapper of the back-office form actions: checks on the server that the caller is an
 * admin (whatever the proxy or the page did), validates the form with zod (French messages next
 * to the fields), runs the action, and maps refusals to a French message. Nothing is written when
 * any step refuses.
 */
export async function runAdminForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (db: Db, user: CurrentUser, input: z.output<S>) => Promise<OfflineResult>,
  describeSuccess: (summary: OfflineSummary) => string,
): Promise<{ state: AdminFormState; summary?: OfflineSummary }> {
  const values = formValues(formData);
  const user = await currentUserWithRole("admin");
  if (!user) return { state: { status: "error", message: "Action réservée aux administrateurs : reconnectez-vous.", fieldErrors: {}, values } };
  const parsed = schema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      fieldErrors[key] ??= issue.message;
    }
    return { state: { status: "error", message: "Corrigez les champs signalés.", fieldErrors, values } };
  }
  try {
    const result = await run(await getDb(), user, parsed.data);
    if (!result.ok) return { state: { status: "error", message: result.message, fieldErrors: {}, values } };
    return { state: { status: "success", message: describeSuccess(result.summary) }, summary: result.summary };
  } catch (error) {
    log.error("admin", "form action failed", error);
    return { state: { status: "error", message: UNEXPECTED, fieldErrors: {}, values } };
  }
}
