import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { listOrdersOfUser } from "@/lib/orders/customer-queries";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatEur } from "@/lib/shared/money";
import { ORDER_STATUS_LABELS } from "@/lib/orders/labels";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mon compte" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireRole(["customer", "pro", "admin"], "/compte");
  const justApplied = (await searchParams)["demande-pro"] === "1";
  const orders = await listOrdersOfUser(await getDb(), user.id);
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Mon compte</h1>
        <div className="ml-auto flex items-center gap-2">
          {/* No "Espace professionnel" link yet: the professional portal (/pro) does not exist; the pro issue adds it. */}
          {user.role === "admin" ? (
            <Link href="/admin" className="text-sm text-brand-700 underline underline-offset-4">
              Back-office
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      </div>
      <p className="text-stone-700">
        {user.name} · {user.email}
      </p>
      {user.role === "customer" ? <ProAccountNotice status={user.proStatus} justApplied={justApplied} /> : null}
      <Card labelledBy="orders-title">
        <h2 id="orders-title" className="text-lg font-semibold">
          Mes commandes
        </h2>
        {orders.length === 0 ? (
          <p className="mt-3 text-stone-600">
            Vous n&apos;avez pas encore passé de commande.{" "}
            <Link href="/" className="text-brand-700 underline underline-offset-4">
              Découvrir la boutique
            </Link>
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200" data-testid="account-orders">
            {orders.map((o) => (
              <li key={o.reference} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3">
                <Link href={`/commandes/${o.reference}`} className="font-mono text-brand-700 underline underline-offset-4">
                  {o.reference}
                </Link>
                <span className="text-sm text-stone-600">{formatDateTimeFr(o.createdAt)}</span>
                <span className="text-sm">{ORDER_STATUS_LABELS[o.status]}</span>
                <span className="ml-auto tabular-nums">{formatEur(o.totalCents)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </main>
  );
}

/** Where a customer stands with a professional account: the way to apply, or the application's state. */
function ProAccountNotice({ status, justApplied }: { status: "pending" | "approved" | "rejected" | null; justApplied: boolean }) {
  if (status === "pending") {
    return (
      <Alert tone={justApplied ? "success" : "info"} title={justApplied ? "Demande de compte professionnel envoyée" : "Compte professionnel en cours de validation"}>
        Nous vérifions votre entreprise et vous répondons par e-mail, en général sous deux jours ouvrés. Vous pouvez commander dès maintenant comme tout client.
      </Alert>
    );
  }
  if (status === "rejected") return <Alert tone="warning">Votre demande de compte professionnel n&apos;a pas été acceptée : le motif vous a été envoyé par e-mail.</Alert>;
  return (
    <p className="text-sm text-stone-700">
      Vous achetez pour une entreprise ?{" "}
      <Link href="/pro/inscription" className="font-medium text-brand-700 underline underline-offset-4">
        Demander un compte professionnel
      </Link>{" "}
      : prix HT, factures et paiement à 30 jours.
    </p>
  );
}
