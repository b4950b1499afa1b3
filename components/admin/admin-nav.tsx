"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";

const SECTIONS = [
  { href: "/admin", label: "Tableau de bord", current: (path: string) => path === "/admin" },
  { href: "/admin/commandes", label: "Commandes", current: (path: string) => path.startsWith("/admin/commandes") },
  { href: "/admin/professionnels", label: "Professionnels", current: (path: string) => path.startsWith("/admin/professionnels") },
  { href: "/admin/comptabilite", label: "Comptabilité", current: (path: string) => path.startsWith("/admin/comptabilite") },
  { href: "/admin/banque", label: "Banque", current: (path: string) => path.startsWith("/admin/banque") },
  { href: "/admin/notifications", label: "Notifications", current: (path: string) => path.startsWith("/admin/notifications") },
  { href: "/admin/encaissements", label: "Encaissements", current: (path: string) => path.startsWith("/admin/encaissements") },
  { href: "/admin/cheques", label: "Chèques", current: (path: string) => path.startsWith("/admin/cheques") },
  { href: "/admin/courriels", label: "Courriels", current: (path: string) => path.startsWith("/admin/courriels") },
  { href: "/admin/administrateurs", label: "Administrateurs", current: (path: string) => path.startsWith("/admin/administrateurs") },
  { href: "/admin/securite", label: "Sécurité", current: (path: string) => path.startsWith("/admin/securite") },
  { href: "/admin/configuration", label: "Configuration", current: (path: string) => path.startsWith("/admin/configuration") },
] as const;

/**
 * The back-office's only header (the shop's bar hides itself under /admin, see SiteHeader): the
 * shop's name with "Back-office" under it, the sections with the current one marked, a way back to
 * the shop, and sign-out; « Professionnels » carries the number of applications waiting, « Chèques »
 * the number of cheques in hand to deposit today. Same
 * width as the back-office pages (max-w-6xl). On a phone the name and
 * the sections share the first row, the account the second.
 */
export function AdminNav({ shopName, userName, pendingPros = 0, chequesToDeposit = 0 }: { shopName: string; userName: string; pendingPros?: number; chequesToDeposit?: number }) {
  const path = usePathname();
  const item =
    "inline-flex min-h-10 items-center whitespace-nowrap rounded-md px-2 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-brand-600";
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <a href="#admin-contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Aller au contenu
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <Link href="/admin" className="flex flex-col whitespace-nowrap py-1 leading-tight">
          <span className="text-lg font-semibold tracking-tight text-brand-800">{shopName}</span>
          <span className="text-xs font-medium uppercase tracking-wider text-stone-500">Back-office</span>
        </Link>
        <nav aria-label="Back-office" className="flex flex-wrap items-center gap-1">
          {SECTIONS.map((s) => {
            const current = s.current(path);
            return (
              <Link key={s.href} href={s.href} aria-current={current ? "page" : undefined} className={`${item} ${current ? "font-semibold text-brand-800 underline decoration-2 underline-offset-8" : "text-stone-700 hover:text-stone-900"}`}>
                {s.label}
                {s.href === "/admin/professionnels" && pendingPros > 0 ? (
                  <span className="ml-1 rounded-full bg-amber-200 px-1.5 text-xs font-semibold text-amber-950" data-testid="admin-nav-pending-pros">
                    {pendingPros}
                    <span className="sr-only"> à valider</span>
                  </span>
                ) : null}
                {s.href === "/admin/cheques" && chequesToDeposit > 0 ? (
                  <span className="ml-1 rounded-full bg-amber-200 px-1.5 text-xs font-semibold text-amber-950" data-testid="admin-nav-cheques-to-deposit">
                    {chequesToDeposit}
                    <span className="sr-only"> à déposer</span>
                  </span>
                ) : null}
              </Link>
            );
          })}
        </nav>
        <div className="flex w-full items-center gap-1 border-t border-stone-100 pt-1 sm:ml-auto sm:w-auto sm:border-0 sm:pt-0">
          <Link href="/" className={`${item} text-stone-700 hover:text-stone-900`}>
            Voir la boutique
          </Link>
          <span className="ml-auto hidden px-2 text-sm text-stone-500 sm:ml-0 sm:inline">{userName}</span>
          <SignOutButton className="ml-auto sm:ml-0" />
        </div>
      </div>
    </header>
  );
}
