/** What the professional application action returns to its form (useActionState). */
export type ProApplicationState =
  | { status: "idle" }
  /** Applied; `signUpEmail` set when the action also created the account (the form then signs in). */
  | { status: "applied"; signUpEmail: string | null }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };
