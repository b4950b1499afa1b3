import type { Metadata } from "next";
import Link from "next/link";
import { PasswordResetRequestForm } from "@/components/auth/password-reset-forms";
import { Card } from "@/components/ui/card";
import { requestPasswordResetAction } from "./request-password-reset-action";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgottenPasswordPage() {
  return (
    <Card labelledBy="forgotten-title">
      <h1 id="forgotten-title" className="mb-2 text-2xl font-semibold">
        Mot de passe oublié
      </h1>
      <p className="mb-4 text-sm text-stone-700">Indiquez l&apos;adresse e-mail de votre compte : nous vous envoyons un lien pour choisir un nouveau mot de passe.</p>
      <PasswordResetRequestForm action={requestPasswordResetAction} />
      <p className="mt-4 text-sm">
        <Link href="/connexion" className="text-brand-700 underline underline-offset-4">
          Retour à la connexion
        </Link>
      </p>
    </Card>
  );
}
