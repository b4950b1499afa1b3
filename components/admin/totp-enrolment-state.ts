/** What the second factor's enrolment action returns to its form (useActionState). No imports: safe in a client bundle. */
export type TotpEnrolmentState =
  | { status: "idle" }
  | { status: "error"; message: string; codeError?: string }
  | { status: "enabled"; recoveryCodes: string[] };

export const IDLE_TOTP_ENROLMENT: TotpEnrolmentState = { status: "idle" };
