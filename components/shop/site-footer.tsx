import Link from "next/link";

type Merchant = { name: string; legalName: string; address: string; email: string; siret: string; vatNumber: string };

/** Legal identity of the merchant (French law wants it reachable from every page) and the CGV link. */
export function SiteFooter({ merchant }: { merchant: Merchant }) {
  const address = merchant.address.split(/\r?\n|\\n/).filter(Boolean).join(", ");
  return (
    <footer className="no-print mt-16 border-t border-stone-200 bg-white [body:has([data-chrome=none])_&]:hidden">
      {/* As wide as the pages above it: max-w-5xl in the shop, max-w-6xl under the back-office (data-chrome=admin). */}
      <div className="mx-auto flex max-w-5xl flex-col gap-3 [body:has([data-chrome=admin])_&]:max-w-6xl px-4 py-8 text-sm text-stone-600 sm:flex-row sm:justify-between">
        <div>
          <p className="font-medium text-stone-800">{merchant.legalName}</p>
          <p>{address}</p>
          <p>
            SIRET {merchant.siret} · TVA {merchant.vatNumber}
          </p>
        </div>
        <nav aria-label="Informations" className="flex flex-col gap-1 sm:items-end">
          <Link href="/cgv" className="underline decoration-stone-300 underline-offset-4 hover:text-stone-900">
            Conditions générales de vente
          </Link>
          <Link href="/pro/inscription" className="underline decoration-stone-300 underline-offset-4 hover:text-stone-900">
            Professionnels : ouvrir un compte
          </Link>
          <Link href="/mentions-legales" className="underline decoration-stone-300 underline-offset-4 hover:text-stone-900">
            Mentions légales
          </Link>
          <Link href="/confidentialite" className="underline decoration-stone-300 underline-offset-4 hover:text-stone-900">
            Confidentialité
          </Link>
          <a href={`mailto:${merchant.email}`} className="underline decoration-stone-300 underline-offset-4 hover:text-stone-900">
            {merchant.email}
          </a>
        </nav>
      </div>
    </footer>
  );
}
