/** What a back-office form action returns to useActionState. */
export type AdminFormState =
  | { status: "idle" }
  | { status: "error"; message?: string; fieldErrors: Record<string, string>; values: Record<string, string> }
  | { status: "success"; message: string };

export const IDLE: AdminFormState = { status: "idle" };
