import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { ReadinessSection, ReadinessSummary } from "@/components/operations/readiness-section";
import { SendTestEmailForm } from "@/components/operations/send-test-email-form";
import { CardInstalmentsSetting } from "@/components/operations/card-instalments-setting";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { countLevels, readinessSections } from "@/lib/operations/readiness";
import { gatherReadinessFacts } from "@/lib/operations/readiness-facts";
import { env } from "@/lib/shared/env";
import { sendTestEmailAction } from "./send-test-email-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Configuration" };

/** Is the shop ready to take real money? Everything a merchant must check, green, amber or red (lib/operations/readiness.ts). */
export default async function ConfigurationPage() {
  const user = await requireRole("admin", "/admin/configuration");
  const sections = readinessSections(await gatherReadinessFacts(await getDb(), env));
  const counts = countLevels(sections);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Configuration</h1>
      <ReadinessSummary counts={counts} />
      {sections.map((section) => (
        <ReadinessSection key={section.id} section={section}>
          {section.id === "mail" ? <SendTestEmailForm to={user.email} action={sendTestEmailAction} /> : null}
        </ReadinessSection>
      ))}
      <CardInstalmentsSetting offer={env.cardInstalments.offer} minimumCents={env.cardInstalments.minimumCents} attempts={env.cardInstalments.payplugChargeAttempts} />
      <Card>
        <p className="text-sm text-stone-600">
          Chaque réglage se fait par une variable d&apos;environnement (décrites dans <code>.env.example</code>), puis un redémarrage. La marche à suivre
          complète : <code>docs/going-live.md</code>.
        </p>
      </Card>
    </div>
  );
}
