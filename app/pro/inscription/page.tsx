import type { Metadata } from "next";
import Link from "next/link";
import { eq } from "drizzle-orm";
import { ProApplicationForm } from "@/components/pro/pro-application-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { EU_VAT_FORMATS } from "@/lib/billing/company-ids";
import { PRO_COUNTRIES } from "@/lib/billing/pro-application";
import { getDb } from "@/lib/db/client";
import { proAccounts } from "@/lib/db/schema";
import { applyForProAction } from "./apply-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ouvrir un compte professionnel" };

const STATUS_WORDS = { pending: "est en cours d'examen", approved: "est validée", rejected: "n'a pas été acceptée" } as const;

export default async function ProApplicationPage() {
  const user = await getCurrentUser();
  const [existing] = user ? await (await getDb()).select({ status: proAccounts.status, companyName: proAccounts.companyName }).from(proAccounts).where(eq(proAccounts.userId, user.id)) : [];
  const euCountries = PRO_COUNTRIES.map((c) => c.code).filter((code) => code !== "FR" && (code === "GR" ? "EL" : code) in EU_VAT_FORMATS);
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Ouvrir un compte professionnel</h1>
        <p className="mt-2 text-stone-700">
          Prix hors taxes, facture à chaque commande, et paiement à 30 jours sur facture (chèque, virement ou carte) : seule la première commande se règle à la commande.
          Nous vérifions chaque demande, en général sous deux jours ouvrés ; en attendant, vous pouvez commander comme tout client.
        </p>
      </div>
      {existing ? (
        <Card>
          <Alert tone={existing.status === "rejected" ? "warning" : "info"}>
            La demande de compte professionnel de {existing.companyName} {STATUS_WORDS[existing.status]}.
          </Alert>
          <Link href={existing.status === "approved" ? "/pro" : "/compte"} className="mt-4 inline-block text-brand-700 underline underline-offset-4">
            {existing.status === "approved" ? "Ouvrir mon espace pro" : "Retour à mon compte"}
          </Link>
        </Card>
      ) : user?.role === "admin" ? (
        <Alert tone="warning">Un compte administrateur ne peut pas devenir professionnel.</Alert>
      ) : (
        <Card>
          {user ? null : (
            <p className="mb-4 text-sm text-stone-600">
              Vous avez déjà un compte client ?{" "}
              <Link href="/connexion?retour=/pro/inscription" className="text-brand-700 underline underline-offset-4">
                Connectez-vous
              </Link>{" "}
              d&apos;abord : vos commandes passées compteront.
            </p>
          )}
          <ProApplicationForm withSignUp={!user} countries={PRO_COUNTRIES} euCountries={euCountries} action={applyForProAction} />
        </Card>
      )}
    </main>
  );
}
