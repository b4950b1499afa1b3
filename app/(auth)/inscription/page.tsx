import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { safeReturnPath } from "@/lib/auth/safe-return";
import { getCurrentUser } from "@/lib/auth/session";
import { signUpAction } from "./sign-up-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Créer un compte" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const returnTo = safeReturnPath((await searchParams).retour);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <Card labelledBy="signup-title">
      <h1 id="signup-title" className="mb-4 text-2xl font-semibold">
        Créer un compte
      </h1>
      <SignUpForm returnTo={returnTo} action={signUpAction} />
      <p className="mt-4 border-t border-stone-200 pt-4 text-sm text-stone-600">
        Vous achetez pour une entreprise ?{" "}
        <Link href="/pro/inscription" className="font-medium text-brand-700 underline underline-offset-4">
          Ouvrir un compte professionnel
        </Link>{" "}
        (prix HT, factures, paiement à 30 jours).
      </p>
    </Card>
  );
}
