"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { ProApplicationState } from "./pro-application-state";

type Props = {
  /** No account yet: the form creates it too (name, e-mail, password). */
  withSignUp: boolean;
  countries: readonly { code: string; label: string }[];
  /** Country codes of the EU states other than France (VAT number asked, no SIRET). */
  euCountries: readonly string[];
  action: (state: ProApplicationState, formData: FormData) => Promise<ProApplicationState>;
};

const INITIAL: ProApplicationState = { status: "idle" };

/**
 * A company applies for a professional account. Which identifier is asked depends on the
 * country (SIRET and VAT number in France, VAT number elsewhere in the EU, a registration number
 * outside it); the server checks every field again and answers next to each.
 */
export function ProApplicationForm({ withSignUp, countries, euCountries, action }: Props) {
  const router = useRouter();
  const ready = useHydrated();
  const [state, formAction, pending] = useActionState(async (previous: ProApplicationState, formData: FormData): Promise<ProApplicationState> => {
    const result = await action(previous, formData);
    if (result.status !== "applied") return result;
    if (result.signUpEmail) {
      const password = formData.get("password");
      const signedIn = await signIn("credentials", { email: result.signUpEmail, password: typeof password === "string" ? password : "", redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        router.push(`/connexion?inscrit=1&retour=${encodeURIComponent("/compte")}`);
        return result;
      }
    }
    router.replace("/compte?demande-pro=1");
    router.refresh();
    return result;
  }, INITIAL);
  const values = state.status === "error" ? state.values : {};
  const err = (k: string) => (state.status === "error" ? state.fieldErrors[k] : undefined);
  const [country, setCountry] = useState(values.country ?? "FR");
  const area = country === "FR" || country === "MC" ? "france" : euCountries.includes(country) ? "eu" : "outside";

  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate>
      {state.status === "error" ? (
        <Alert tone="error" live>
          {state.message}
        </Alert>
      ) : null}
      {state.status === "applied" ? (
        <Alert tone="success" live>
          Votre demande est enregistrée. Redirection vers votre compte…
        </Alert>
      ) : null}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">L&apos;entreprise</legend>
        <TextField id="pro-company" name="companyName" label="Raison sociale" autoComplete="organization" required defaultValue={values.companyName} error={err("companyName")} />
        <SelectField
          id="pro-country"
          name="country"
          label="Pays"
          required
          value={country}
          onChange={(e) => setCountry(e.target.value)}
          options={countries.map((c) => ({ value: c.code, label: c.label }))}
          error={err("country")}
        />
        {area === "france" ? (
          <>
            <TextField id="pro-siret" name="siret" label="SIRET" inputMode="numeric" required hint="14 chiffres, sur votre extrait Kbis ou avis de situation INSEE." defaultValue={values.siret} error={err("siret")} />
            <TextField id="pro-vat" name="vatNumber" label="N° de TVA intracommunautaire" required hint="FR, 2 chiffres de clé, puis votre SIREN (ex. FR40 123 456 789)." defaultValue={values.vatNumber} error={err("vatNumber")} />
          </>
        ) : area === "eu" ? (
          <TextField id="pro-vat" name="vatNumber" label="N° de TVA intracommunautaire" required hint="Avec le préfixe de votre pays : vos achats seront facturés sans TVA française (autoliquidation)." defaultValue={values.vatNumber} error={err("vatNumber")} />
        ) : (
          <TextField id="pro-registration" name="registrationNumber" label="Numéro d'immatriculation" required hint="Le numéro d'enregistrement de l'entreprise dans son pays." defaultValue={values.registrationNumber} error={err("registrationNumber")} />
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">Adresse de facturation</legend>
        <TextField id="pro-line1" name="line1" label="Adresse" autoComplete="address-line1" required defaultValue={values.line1} error={err("line1")} />
        <TextField id="pro-line2" name="line2" label="Complément d'adresse" autoComplete="address-line2" defaultValue={values.line2} />
        <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
          <TextField id="pro-postal" name="postalCode" label="Code postal" autoComplete="postal-code" required defaultValue={values.postalCode} error={err("postalCode")} />
          <TextField id="pro-city" name="city" label="Ville" autoComplete="address-level2" required defaultValue={values.city} error={err("city")} />
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">Contact</legend>
        <TextField id="pro-contact" name="contactName" label="Personne à contacter" autoComplete="name" required defaultValue={values.contactName} error={err("contactName")} />
        <TextField id="pro-contact-email" name="contactEmail" type="email" label="E-mail (factures et relances)" autoComplete="email" required defaultValue={values.contactEmail} error={err("contactEmail")} />
        <TextField id="pro-phone" name="phone" type="tel" label="Téléphone" autoComplete="tel" required defaultValue={values.phone} error={err("phone")} />
      </fieldset>

      {withSignUp ? (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-lg font-semibold">Votre accès</legend>
          <TextField id="pro-name" name="name" label="Votre nom" autoComplete="name" required defaultValue={values.name} error={err("name")} />
          <TextField id="pro-email" name="email" type="email" label="E-mail de connexion" autoComplete="email" required defaultValue={values.email} error={err("email")} />
          <TextField id="pro-password" name="password" type="password" label="Mot de passe" autoComplete="new-password" required hint="8 caractères au moins : une phrase de plusieurs mots est idéale." error={err("password")} />
          <TextField id="pro-confirmation" name="confirmation" type="password" label="Confirmez le mot de passe" autoComplete="new-password" required error={err("confirmation")} />
        </fieldset>
      ) : null}

      <Button type="submit" size="lg" disabled={pending || !ready}>
        {pending ? "Envoi de la demande…" : "Demander mon compte professionnel"}
      </Button>
    </form>
  );
}
