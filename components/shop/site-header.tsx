import Link from "next/link";
import type { ReactNode } from "react";
import type { CurrentUser } from "@/lib/auth/session";

/**
 * The top bar: shop name, account links and the cart with its item count, on one row at every
 * width and for every role: the name never wraps, and on a phone the signed-in links shrink to
 * icons (their text stays as the accessible name). A page that must not look like the shop (the
 * sandbox provider pages) renders an element with data-chrome="none"; the back-office, which has
 * its own header (components/admin/admin-nav.tsx), renders one with data-chrome="admin".
 */
export function SiteHeader({ shopName, user, cartCount }: { shopName: string; user: CurrentUser | null; cartCount: number }) {
  const link =
    "inline-flex min-h-10 min-w-10 shrink-0 items-center justify-center gap-1.5 whitespace-nowrap rounded-md px-2 text-sm text-stone-700 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-brand-600";
  return (
    <header className="no-print border-b border-stone-200 bg-white [body:has([data-chrome=admin])_&]:hidden [body:has([data-chrome=none])_&]:hidden">
      <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Aller au contenu
      </a>
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="block min-w-0 truncate whitespace-nowrap text-lg font-semibold tracking-tight text-brand-800">
          {shopName}
        </Link>
        <nav aria-label="Navigation principale" className="flex shrink-0 items-center gap-1">
          {user?.role === "admin" ? (
            <Link href="/admin" className={link}>
              <IconOnPhone icon={<path d="M4 4h6v8H4zM14 4h6v5h-6zM14 13h6v7h-6zM4 16h6v4H4z" />}>Administration</IconOnPhone>
            </Link>
          ) : null}
          {user?.role === "pro" ? (
            <Link href="/pro" className={link}>
              <IconOnPhone icon={<path d="M4 7h16v12H4zM9 7V5h6v2M4 12h16" />}>Espace pro</IconOnPhone>
            </Link>
          ) : null}
          {user ? (
            <Link href="/compte" className={link}>
              <IconOnPhone
                icon={
                  <>
                    <circle cx="12" cy="8" r="4" />
                    <path d="M4 21a8 8 0 0 1 16 0" />
                  </>
                }
              >
                Mon compte
              </IconOnPhone>
            </Link>
          ) : (
            <Link href="/connexion" className={link}>
              Se connecter
            </Link>
          )}
          <Link
            href="/panier"
            className="inline-flex min-h-10 shrink-0 items-center gap-2 rounded-full bg-brand-50 px-3 text-sm font-medium text-brand-800 hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600"
            aria-label={cartCount > 0 ? `Panier : ${cartCount} article${cartCount > 1 ? "s" : ""}` : "Panier vide"}
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
              <path d="M5 8h14l-1.2 11.2a2 2 0 0 1-2 1.8H8.2a2 2 0 0 1-2-1.8L5 8Z" />
              <path d="M9 8V6a3 3 0 0 1 6 0v2" />
            </svg>
            <span className="hidden sm:inline">Panier</span>
            {cartCount > 0 ? (
              <span data-testid="cart-count" className="min-w-6 rounded-full bg-brand-700 px-1.5 text-center text-xs leading-6 text-white">
                {cartCount}
              </span>
            ) : null}
          </Link>
        </nav>
      </div>
    </header>
  );
}

/** An icon on a phone, the words from `sm` up; the words are the link's name at every width. */
function IconOnPhone({ icon, children }: { icon: ReactNode; children: string }) {
  return (
    <>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 sm:hidden" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
        {icon}
      </svg>
      <span className="sr-only sm:not-sr-only">{children}</span>
    </>
  );
}
