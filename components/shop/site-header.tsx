import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";

/**
 * The top bar: shop name, account links and the cart with its item count. A page that must not
 * look like the shop (the sandbox provider pages) renders an element with data-chrome="none".
 */
export function SiteHeader({ shopName, user, cartCount }: { shopName: string; user: CurrentUser | null; cartCount: number }) {
  const link = "rounded-md px-2 py-2 text-sm text-stone-700 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-brand-600";
  return (
    <header className="no-print border-b border-stone-200 bg-white [body:has([data-chrome=none])_&]:hidden">
      <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Aller au contenu
      </a>
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-800">
          {shopName}
        </Link>
        <nav aria-label="Navigation principale" className="flex flex-wrap items-center gap-1">
          {user?.role === "admin" ? (
            <Link href="/admin" className={link}>
              Administration
            </Link>
          ) : null}
          {user?.role === "pro" ? (
            <Link href="/pro" className={link}>
              Espace pro
            </Link>
          ) : null}
          {user ? (
            <Link href="/compte" className={link}>
              Mon compte
            </Link>
          ) : (
            <Link href="/connexion" className={link}>
              Se connecter
            </Link>
          )}
          <Link
            href="/panier"
            className="inline-flex min-h-10 items-center gap-2 rounded-full bg-brand-50 px-3 text-sm font-medium text-brand-800 hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600"
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
