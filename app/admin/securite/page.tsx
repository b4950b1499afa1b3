import type { Metadata } from "next";
import { renderSVG } from "uqr";
import { TotpEnrolmentForm } from "@/components/admin/totp-enrolment-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { secondFactorStatus } from "@/lib/auth/second-factor";
import { adminMustEnrolSecondFactor, requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { enableTotpAction } from "./enable-totp-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sécurité du compte" };

/** The key in groups of four, as authenticator apps print it, easier to type by hand. */
function groupedKey(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/**
 * The admin's second factor: its state once enabled, or the enrolment (key as text and as an
 * otpauth:// QR code, then a first code). On a real shop an admin without it lands here first.
 */
export default async function SecurityPage() {
  const user = await requireRole("admin", "/admin/securite", { secondFactorOptional: true });
  const status = await secondFactorStatus(await getDb(), user);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">Sécurité du compte</h1>
      {status.enabled ? (
        <Card labelledBy="totp-title" className="flex flex-col gap-2">
          <h2 id="totp-title" className="text-lg font-semibold">
            Double authentification activée
          </h2>
          <p>Depuis le {formatDateTimeFr(status.enabledAt)}, chaque connexion demande le code de votre application d&apos;authentification.</p>
          <p data-testid="recovery-codes-left">
            Codes de secours restants : <strong>{status.recoveryCodesLeft}</strong> sur 10.
          </p>
        </Card>
      ) : (
        <>
          {adminMustEnrolSecondFactor(user) ? (
            <Alert tone="warning" title="Étape obligatoire avant d'utiliser le back-office">
              Pour protéger les commandes et les remboursements, chaque administrateur de la boutique doit activer la double authentification.
            </Alert>
          ) : null}
          <Card labelledBy="enrol-title" className="flex flex-col gap-4">
            <h2 id="enrol-title" className="text-lg font-semibold">
              Activer la double authentification
            </h2>
            <ol className="flex list-decimal flex-col gap-3 pl-5">
              <li>Installez une application d&apos;authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google Authenticator ou celle de votre gestionnaire de mots de passe).</li>
              <li>
                <p>Dans l&apos;application, ajoutez un compte en scannant ce QR code :</p>
                {/* A data: image (allowed by the CSP's img-src); its text equivalents follow. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={`data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(status.uri, { border: 2 }))}`}
                  alt="QR code de la clé de double authentification (la même clé est écrite en dessous)"
                  width={192}
                  height={192}
                  className="my-2 rounded border border-stone-200"
                />
                <p>ou en saisissant cette clé :</p>
                <p className="my-1 font-mono text-lg tracking-wide break-all" data-testid="totp-secret">
                  {groupedKey(status.secret)}
                </p>
                <details className="text-sm text-stone-600">
                  <summary>Adresse otpauth:// (pour un gestionnaire de mots de passe)</summary>
                  <code className="break-all" data-testid="totp-uri">
                    {status.uri}
                  </code>
                </details>
              </li>
              <li>Saisissez le code que l&apos;application affiche pour confirmer :</li>
            </ol>
            <TotpEnrolmentForm action={enableTotpAction} />
          </Card>
        </>
      )}
    </div>
  );
}
