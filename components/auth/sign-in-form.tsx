"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { useHydrated } from "./use-hydrated";

/** returnTo: the page asked for (`?retour=`), or null to land on the role's own page (an admin on /admin). */
type Props = { returnTo: string | null; initialError: string | null; notice: string | null; defaultEmail?: string };

// next-auth's ?error= codes of the second step (lib/auth/second-factor.ts): the code field appears
// and, for a wrong code, the message goes under it.
const SECOND_FACTOR_ASKED = "SecondFactorRequired";
const SECOND_FACTOR_WRONG = "SecondFactorInvalid";

/**
 * E-mail + password through next-auth's credentials provider; errors in French above the form.
 * An admin with a second factor gets a second step: the same form with a code field, the e-mail and
 * password kept, the code checked together with them.
 */
export function SignInForm({ returnTo, initialError, notice, defaultEmail = "" }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [askCode, setAskCode] = useState(false);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a submit would be a native GET carrying the password in the URL:
  // the button stays disabled until the handler is attached (and the form is POST regardless).
  const ready = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const emailValue = data.get("email");
    const passwordValue = data.get("password");
    const codeValue = data.get("code");
    const email = typeof emailValue === "string" ? emailValue.trim() : "";
    const password = typeof passwordValue === "string" ? passwordValue : "";
    const code = typeof codeValue === "string" ? codeValue.trim() : "";
    if (!email || !password) {
      setError("Indiquez votre adresse e-mail et votre mot de passe.");
      return;
    }
    if (askCode && !code) {
      setCodeError(signInErrorMessage(SECOND_FACTOR_ASKED));
      return;
    }
    setPending(true);
    setError(null);
    setCodeError(null);
    const result = await signIn("credentials", { email, password, ...(askCode ? { code } : {}), redirect: false });
    if (!result || result.error || !result.ok) {
      const failure = result?.error ?? "unknown";
      setPending(false);
      if (failure === SECOND_FACTOR_ASKED || failure === SECOND_FACTOR_WRONG) {
        setAskCode(true);
        if (failure === SECOND_FACTOR_WRONG) setCodeError(signInErrorMessage(failure));
        return;
      }
      setError(signInErrorMessage(failure));
      return;
    }
    // Without a requested page, the sign-in page itself (now signed in) redirects by role: the role
    // is read on the server, fresh from the database, not from the session cookie.
    router.replace(returnTo ?? "/connexion");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate aria-describedby={error ? "signin-error" : undefined}>
      {notice ? (
        <Alert tone="success" live>
          {notice}
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error" live id="signin-error">
          {error}
        </Alert>
      ) : null}
      <TextField id="signin-email" name="email" type="email" label="Adresse e-mail" autoComplete="email" required defaultValue={defaultEmail} />
      <TextField id="signin-password" name="password" type="password" label="Mot de passe" autoComplete="current-password" required />
      <p className="-mt-2 text-sm">
        <Link href="/connexion/mot-de-passe-oublie" className="text-brand-700 underline underline-offset-4">
          Mot de passe oublié ?
        </Link>
      </p>
      {askCode ? (
        <TextField
          id="signin-code"
          name="code"
          label="Code de vérification"
          hint="Le code à 6 chiffres affiché par votre application d'authentification, ou l'un de vos codes de secours."
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          autoCapitalize="characters"
          maxLength={16}
          required
          autoFocus
          error={codeError ?? undefined}
        />
      ) : null}
      <Button type="submit" disabled={pending || !ready}>
        {pending ? "Connexion…" : "Se connecter"}
      </Button>
      <p className="text-sm text-stone-600">
        Pas encore de compte ?{" "}
        <Link href={returnTo ? `/inscription?retour=${encodeURIComponent(returnTo)}` : "/inscription"} className="text-brand-700 underline underline-offset-4">
          Créer un compte
        </Link>
      </p>
    </form>
  );
}
