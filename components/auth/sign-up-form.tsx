"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { SignUpState } from "./sign-up-state";
import { useHydrated } from "./use-hydrated";

type Props = { returnTo: string; action: (state: SignUpState, formData: FormData) => Promise<SignUpState> };

const INITIAL: SignUpState = { status: "idle" };

/**
 * Customer sign-up. The server action creates the account; then, still in the browser, the same
 * e-mail and password sign the customer in through next-auth and the page moves on.
 */
export function SignUpForm({ returnTo, action }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (previous: SignUpState, formData: FormData): Promise<SignUpState> => {
    const result = await action(previous, formData);
    if (result.status !== "created") return result;
    const password = formData.get("password");
    const signedIn = await signIn("credentials", { email: result.email, password: typeof password === "string" ? password : "", redirect: false });
    if (!signedIn?.ok || signedIn.error) {
      router.push(`/connexion?inscrit=1&retour=${encodeURIComponent(returnTo)}`);
      return result;
    }
    router.replace(returnTo);
    router.refresh();
    return result;
  }, INITIAL);

  // The form's action is a client function: it does nothing before hydration, so say so by disabling the button.
  const ready = useHydrated();

  const err = (k: "name" | "email" | "password" | "confirmation") => (state.status === "error" ? state.fieldErrors[k] : undefined);
  const val = (k: "name" | "email") => (state.status === "error" ? (state.values[k] ?? "") : "");

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? (
        <Alert tone="error" live>
          {state.message}
        </Alert>
      ) : null}
      {state.status === "created" ? (
        <Alert tone="success" live>
          Votre compte est créé. Connexion en cours…
        </Alert>
      ) : null}
      <TextField id="signup-name" name="name" label="Nom" autoComplete="name" required defaultValue={val("name")} error={err("name")} />
      <TextField id="signup-email" name="email" type="email" label="Adresse e-mail" autoComplete="email" required defaultValue={val("email")} error={err("email")} />
      <TextField id="signup-password" name="password" type="password" label="Mot de passe" autoComplete="new-password" required hint="8 caractères au moins, sans autre règle : une phrase de plusieurs mots est idéale." error={err("password")} />
      <TextField id="signup-confirmation" name="confirmation" type="password" label="Confirmez le mot de passe" autoComplete="new-password" required error={err("confirmation")} />
      <Button type="submit" disabled={pending || !ready}>
        {pending ? "Création du compte…" : "Créer mon compte"}
      </Button>
      <p className="text-sm text-stone-600">
        Déjà un compte ?{" "}
        <Link href={`/connexion?retour=${encodeURIComponent(returnTo)}`} className="text-brand-700 underline underline-offset-4">
          Se connecter
        </Link>
      </p>
    </form>
  );
}
