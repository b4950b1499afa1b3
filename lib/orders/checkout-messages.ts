/**
 * What the checkout says about each field, in French. The server's validation (schema.ts) and the
 * browser-side checks (the PayPal buttons' CGV check) use the same words. No imports: safe in a
 * client bundle.
 */
export const CHECKOUT_MESSAGES = {
  email: "Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.",
  emailMissing: "Indiquez votre adresse e-mail : nous y envoyons la confirmation de la commande.",
  firstName: "Indiquez le prénom.",
  lastName: "Indiquez le nom.",
  line1: "Indiquez le numéro et la rue.",
  city: "Indiquez la ville.",
  postalCodeMissing: "Indiquez le code postal.",
  country: "Choisissez un pays de la liste.",
  postalCode: (example: string) => `Ce code postal n'est pas valide (exemple : ${example}).`,
  tooLong: "Ce texte est trop long.",
  acceptTerms: "Vous devez accepter les conditions générales de vente pour commander.",
  paymentMethod: "Choisissez un moyen de paiement.",
  instalments: "Choisissez en combien de fois payer : 1, 2, 3 ou 4.",
} as const;
