import { InstalmentSchedule, type InstalmentScheduleView } from "@/components/orders/instalment-schedule";
import { Card } from "@/components/ui/card";

/**
 * The back-office's view of a card instalment plan: the schedule (the same component as the
 * customer's), PayPlug's plan id, and the reminder that PayPlug does not guarantee later parts.
 */
export function CardPlanCard({ plan }: { plan: InstalmentScheduleView & { planRef: string | null } }) {
  return (
    <Card labelledBy="admin-schedule-title">
      <InstalmentSchedule
        plan={plan}
        headingId="admin-schedule-title"
        note="Les échéances suivantes sont prélevées par PayPlug à leurs dates ; elles ne sont pas garanties : une échéance refusée reste à la charge de la boutique (un lien de paiement est envoyé au client quand PayPlug ne la représente plus)."
      />
      <p className="mt-2 text-sm text-stone-600">
        Échéancier PayPlug : <span className="font-mono">{plan.planRef ?? "pas encore créé"}</span>
      </p>
    </Card>
  );
}
