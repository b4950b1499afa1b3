import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { countChequesToDeposit } from "@/lib/use-cases/instalment-cheques";
import { countPendingProAccounts } from "@/lib/use-cases/pro-portal";
import { env } from "@/lib/shared/env";

export const metadata: Metadata = { title: "Back-office", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

// The layout's check is for the header only: layouts are not re-run on every navigation, so each
// page and each action checks the role again on the server.
// data-chrome="admin" hides the shop's own header (root layout): the back-office shows one header.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // The header shows on the second factor's enrolment page too: each page does its own check.
  const user = await requireRole("admin", "/admin", { secondFactorOptional: true });
  const db = await getDb();
  const [pendingPros, chequesToDeposit] = await Promise.all([countPendingProAccounts(db), countChequesToDeposit(db)]);
  return (
    <div data-chrome="admin" className="min-h-screen bg-stone-50">
      <AdminNav shopName={env.merchant.name} userName={user.name} pendingPros={pendingPros} chequesToDeposit={chequesToDeposit} />
      <main id="admin-contenu" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
