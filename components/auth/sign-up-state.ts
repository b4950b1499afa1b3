/** What the sign-up action returns to the form (useActionState). */
export type SignUpState =
  | { status: "idle" }
  | { status: "created"; email: string }
  | { status: "error"; message?: string; fieldErrors: Partial<Record<"name" | "email" | "password" | "confirmation", string>>; values: { name?: string; email?: string } };
