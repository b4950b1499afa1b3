/**
 * A production configuration that starts: every secret, the bank details, and what a real shop must
 * add before going live (lib/shared/env.ts, goLiveProblems). Tests take it and remove or change one
 * thing to see the refusal that follows.
 */
export const COMPLETE_PRODUCTION_ENV = {
  NODE_ENV: "production",
  NEXTAUTH_SECRET: "x".repeat(40),
  CRON_SECRET: "y".repeat(20),
  ORDER_LINK_SECRET: "z".repeat(40),
  BANK_ACCOUNT_HOLDER: "Savonnerie Bleue SARL",
  BANK_IBAN: "FR76 3000 6000 0112 3456 7890 189",
  BANK_BIC: "AGRIFRPPXXX",
  BANK_NAME: "Crédit Agricole",
  APP_URL: "https://boutique.example.fr",
  MERCHANT_NAME: "Savonnerie Bleue",
  MERCHANT_LEGAL_NAME: "Savonnerie Bleue SARL",
  MERCHANT_ADDRESS: "4 quai Rambaud\\n69002 Lyon",
  MERCHANT_EMAIL: "bonjour@savonnerie-bleue.fr",
  MERCHANT_SIRET: "732 829 320 00074",
  MERCHANT_VAT_NUMBER: "FR44732829320",
  MERCHANT_LEGAL_FORM: "SARL",
  MERCHANT_SHARE_CAPITAL: "5 000 €",
  MERCHANT_REGISTRATION: "RCS Lyon 732 829 320",
  MAIL_TRANSPORT: "mailbox",
} as const;
