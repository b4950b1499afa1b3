import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { afterSignInPath, requestedReturnPath } from "@/lib/auth/safe-return";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { getCurrentUser } from "@/lib/auth/session";
import { PASSWORD_RESET_MESSAGES } from "@/lib/auth/password-reset";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Connexion" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  // Only a path on this site: ?retour=https://ailleurs.example is ignored (no open redirect).
  // Without one, a signed-in user goes to their role's page (an admin to /admin): the form comes
  // back here after signing in for that very redirect.
  const returnTo = requestedReturnPath(params.retour);
  const user = await getCurrentUser();
  if (user) redirect(afterSignInPath(params.retour, user.role));
  const error = typeof params.error === "string" ? signInErrorMessage(params.error) : null;
  const notice = params.inscrit
    ? "Votre compte est créé : connectez-vous."
    : params.motdepasse === "change"
      ? PASSWORD_RESET_MESSAGES.done
      : null;
  return (
    <Card labelledBy="signin-title">
      <h1 id="signin-title" className="mb-4 text-2xl font-semibold">
        Connexion
      </h1>
      <SignInForm returnTo={returnTo} initialError={error} notice={notice} />
    </Card>
  );
}
