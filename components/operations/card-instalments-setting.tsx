import { Card } from "@/components/ui/card";
import { formatEur } from "@/lib/shared/money";

const OFFER_WORDS = {
  off: "désactivé",
  pros: "proposé aux comptes professionnels (2 ou 3 fois, dans la limite de 60 jours)",
  everyone: "proposé à tous (2, 3 ou 4 fois sans frais sur trois mois au plus ; 2 ou 3 fois pour les professionnels)",
} as const;

/** /admin/configuration: whether card instalments are offered, from which amount, and who bears the risk of the later parts. */
export function CardInstalmentsSetting({ offer, minimumCents, attempts }: { offer: keyof typeof OFFER_WORDS; minimumCents: number; attempts: number }) {
  return (
    <Card labelledBy="card-instalments-title">
      <h2 id="card-instalments-title" className="mb-2 text-lg font-semibold">
        Paiement en plusieurs fois par carte (PayPlug)
      </h2>
      <p className="text-sm text-stone-700" data-testid="card-instalments-setting">
        État : <strong>{OFFER_WORDS[offer]}</strong>
        {offer === "off" ? "" : <>, à partir de {formatEur(minimumCents)} d&apos;achats</>}. Réglage : <code>CARD_INSTALMENTS</code> (off, pros ou everyone) et{" "}
        <code>CARD_INSTALMENTS_MINIMUM_EUROS</code>.
      </p>
      <p className="mt-2 text-sm text-stone-700">
        <strong>Le risque des échéances suivantes reste à la boutique :</strong> PayPlug prélève la première échéance (avec 3-D Secure) puis les suivantes à leurs dates,
        sans les garantir. Une échéance refusée est représentée par PayPlug ({attempts} prélèvement{attempts > 1 ? "s" : ""} au total,{" "}
        <code>PAYPLUG_PLAN_CHARGE_ATTEMPTS</code>), puis le client reçoit un lien pour la régler et vous une alerte. La commande est expédiable dès la première échéance payée.
      </p>
      <p className="mt-2 text-sm text-stone-600">
        PayPlug doit avoir activé les paiements en plusieurs fois sur votre compte (voir <code>docs/going-live.md</code>).
      </p>
    </Card>
  );
}
