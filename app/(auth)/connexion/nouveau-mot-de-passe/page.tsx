import type { Metadata } from "next";
import Link from "next/link";
import { NewPasswordForm } from "@/components/auth/password-reset-forms";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PASSWORD_RESET_MESSAGES, resetTokenUsable } from "@/lib/auth/password-reset";
import { getDb } from "@/lib/db/client";
import { resetPasswordAction } from "./reset-password-action";

export const dynamic = "force-dynamic";
// The URL is a bearer credential: out of search engines and other sites' referrers.
export const metadata: Metadata = { title: "Nouveau mot de passe", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<{ t?: string | string[] }> };

export default async function NewPasswordPage({ searchParams }: Props) {
  const { t } = await searchParams;
  const token = typeof t === "string" ? t : "";
  const usable = await resetTokenUsable(await getDb(), token);
  return (
    <Card labelledBy="new-password-title">
      <h1 id="new-password-title" className="mb-4 text-2xl font-semibold">
        Nouveau mot de passe
      </h1>
      {usable ? (
        <NewPasswordForm token={token} action={resetPasswordAction} />
      ) : (
        <div className="flex flex-col gap-4" data-testid="reset-link-invalid">
          <Alert tone="warning">{PASSWORD_RESET_MESSAGES.linkInvalid}</Alert>
          <p className="text-sm">
            <Link href="/connexion/mot-de-passe-oublie" className="font-medium text-brand-700 underline underline-offset-4">
              Recevoir un nouveau lien
            </Link>
          </p>
        </div>
      )}
    </Card>
  );
}
