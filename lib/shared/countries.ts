/** The countries the shop delivers to, with their postal code format (checkout validation, addresses). */
export const SHIPPING_COUNTRIES = [
  { code: "FR", label: "France", postalCode: /^\d{5}$/, example: "75001" },
  { code: "BE", label: "Belgique", postalCode: /^\d{4}$/, example: "1000" },
  { code: "LU", label: "Luxembourg", postalCode: /^(L-?)?\d{4}$/i, example: "1111" },
  { code: "CH", label: "Suisse", postalCode: /^\d{4}$/, example: "1200" },
  { code: "MC", label: "Monaco", postalCode: /^980\d{2}$/, example: "98000" },
  { code: "DE", label: "Allemagne", postalCode: /^\d{5}$/, example: "10115" },
  { code: "ES", label: "Espagne", postalCode: /^\d{5}$/, example: "28001" },
  { code: "IT", label: "Italie", postalCode: /^\d{5}$/, example: "00118" },
  { code: "NL", label: "Pays-Bas", postalCode: /^\d{4}\s?[A-Z]{2}$/i, example: "1011 AB" },
  { code: "PT", label: "Portugal", postalCode: /^\d{4}-\d{3}$/, example: "1000-001" },
] as const;
