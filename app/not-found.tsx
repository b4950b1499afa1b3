import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page introuvable" };

export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16">
      <p className="text-sm font-medium text-brand-700">Erreur 404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Page introuvable</h1>
      <p className="text-stone-700">
        Cette page n&apos;existe pas ou n&apos;est plus disponible. Si vous suivez un lien de commande, vérifiez qu&apos;il est complet.
      </p>
      <ButtonLink href="/">Retour au catalogue</ButtonLink>
    </main>
  );
}
