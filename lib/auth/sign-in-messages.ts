/** French text for the sign-in page's `?error=` codes (next-auth's and ours). */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  switch (code) {
    case "CredentialsSignin":
      return "Adresse e-mail ou mot de passe incorrect.";
    case "TooManyAttempts":
      return "Trop de tentatives de connexion. Réessayez dans quelques minutes.";
    case "SecondFactorRequired":
      return "Saisissez le code à 6 chiffres de votre application d'authentification.";
    case "SecondFactorInvalid":
      return "Ce code n'est pas valide ou a déjà servi. Saisissez le code affiché maintenant, ou un code de secours.";
    case "SecondFactorTooManyAttempts":
      return "Trop de codes erronés. Réessayez dans quelques minutes.";
    case "SessionExpired":
      return "Votre session a expiré après une période d'inactivité : reconnectez-vous pour continuer.";
    case "SessionRequired":
      return "Connectez-vous pour accéder à cette page.";
    default:
      return "La connexion n'a pas abouti. Réessayez.";
  }
}
