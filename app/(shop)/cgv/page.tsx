import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { env } from "@/lib/shared/env";
import { formatEur } from "@/lib/shared/money";

export const metadata: Metadata = { title: "Conditions générales de vente" };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="flex flex-col gap-2 leading-relaxed text-stone-700">{children}</div>
    </section>
  );
}

export default function CgvPage() {
  const m = env.merchant;
  const address = m.address.split(/\r?\n|\\n/).filter(Boolean).join(", ");
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Conditions générales de vente</h1>
      {/* For the merchant trying the shop, never for a real shop's customers. */}
      {env.demoData || env.sandboxEnabled ? (
        <Alert tone="warning" title="Modèle à remplacer">
          Ce texte est un exemple fourni avec Caisse. Le commerçant doit le remplacer par ses propres conditions générales de vente, relues par un
          professionnel du droit, avant d&apos;ouvrir la boutique.
        </Alert>
      ) : null}

      <Section title="1. Vendeur">
        <p>
          Les ventes sont conclues avec {m.legalName} ({m.name}), {address}. SIRET {m.siret}, TVA intracommunautaire {m.vatNumber}. Contact :{" "}
          <a href={`mailto:${m.email}`} className="underline underline-offset-2">
            {m.email}
          </a>
          .
        </p>
      </Section>
      <Section title="2. Commandes">
        <p>
          La commande est passée sur le site en remplissant le formulaire de commande et en acceptant les présentes conditions. Un e-mail de
          confirmation récapitule la commande et indique, le cas échéant, comment la régler.
        </p>
      </Section>
      <Section title="3. Prix">
        <p>
          Les prix sont indiqués en euros, toutes taxes comprises (TVA française incluse). Les frais de livraison s&apos;élèvent à{" "}
          {formatEur(env.shipping.feeCents)} TTC et sont offerts à partir de {formatEur(env.shipping.freeFromCents)} d&apos;achat. Le prix applicable
          est celui affiché au moment de la validation de la commande.
        </p>
      </Section>
      <Section title="4. Paiement">
        <p>
          Le paiement s&apos;effectue selon les moyens proposés lors de la commande. En cas de paiement par virement ou par chèque, la commande est
          préparée après réception du virement, ou après encaissement du chèque. Une commande non réglée peut être annulée après un délai raisonnable.
        </p>
      </Section>
      <Section title="5. Livraison">
        <p>Les produits sont livrés à l&apos;adresse indiquée lors de la commande, dans les pays proposés par le formulaire.</p>
      </Section>
      <Section title="6. Droit de rétractation">
        <p>
          Conformément aux articles L221-18 et suivants du Code de la consommation, vous disposez d&apos;un délai de quatorze jours à compter de la
          réception des produits pour exercer votre droit de rétractation, sans avoir à justifier de motif. Les produits descellés après livraison et
          qui ne peuvent être renvoyés pour des raisons d&apos;hygiène en sont exclus.
        </p>
      </Section>
      <Section title="7. Garanties">
        <p>Les produits bénéficient de la garantie légale de conformité et de la garantie contre les vices cachés.</p>
      </Section>
      <Section title="8. Données personnelles">
        <p>
          Les données recueillies servent uniquement au traitement des commandes. Vous pouvez exercer vos droits d&apos;accès, de rectification et
          d&apos;effacement en écrivant à {m.email}.
        </p>
      </Section>
      <Section title="9. Médiation et litiges">
        <p>
          En cas de litige, vous pouvez recourir gratuitement à un médiateur de la consommation. Les présentes conditions sont soumises au droit
          français.
        </p>
      </Section>
    </main>
  );
}
