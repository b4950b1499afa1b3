import type { Metadata } from "next";
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
    </Card>
  );
}
