/**
 * The messages both apps word the same way: the shell, the language switch, the form and
 * password widgets, the log-in form, "page not found" and the API's error codes. Each app's own
 * catalogue (its src/i18n/fr.ts and en.ts) is merged over these, so it may also override one.
 * French is the reference: every shared key is declared here first.
 */
export const commonFr = {
  "app.skipToContent": "Aller au contenu",
  "app.loading": "Chargement…",

  "language.group": "Langue",
  "language.fr": "Français",
  "language.en": "English",

  "header.logOut": "Se déconnecter",

  "form.required": "Ce champ est obligatoire.",
  "form.sending": "Envoi en cours…",

  "password.show": "Afficher le mot de passe",
  "password.hide": "Masquer le mot de passe",

  "logIn.email": "Adresse e-mail",
  "logIn.password": "Mot de passe",
  "logIn.forgotPassword": "Mot de passe oublié ?",
  "logIn.submit": "Je me connecte",

  "notFound.title": "Page introuvable",
  "notFound.text": "La page demandée n'existe pas ou a été déplacée.",

  "error.generic": "Une erreur est survenue. Veuillez réessayer plus tard.",
  "error.NETWORK_ERROR":
    "Le service est injoignable. Vérifiez votre connexion internet puis réessayez.",
  "error.INVALID_CREDENTIALS": "L'adresse e-mail ou le mot de passe est incorrect.",
  "error.ACCOUNT_TEMPORARILY_BLOCKED":
    "Votre compte est temporairement bloqué après plusieurs tentatives de connexion échouées. Réessayez plus tard ou changez votre mot de passe.",
  "error.EMAIL_ALREADY_USED": "Cette adresse e-mail est déjà utilisée par un compte.",
  "error.WEAK_PASSWORD":
    "Le mot de passe doit contenir au moins 8 caractères, dont une majuscule, une minuscule et un chiffre.",
  "error.INVALID_EMAIL": "L'adresse e-mail n'est pas valide.",
  "error.INVALID_REFRESH_TOKEN": "Votre session a expiré. Veuillez vous reconnecter.",
  "error.NOT_AN_ORGANIZATION_MEMBER": "Vous n'êtes pas membre de cette organisation.",
  "error.VALIDATION_ERROR": "Certaines informations ne sont pas valides.",
  "error.REQUIRED": "Ce champ est obligatoire.",
  "error.TOO_LONG": "Ce texte est trop long.",
  "error.WRONG_CURRENT_PASSWORD": "Le mot de passe actuel est incorrect.",
  "error.blockedUntil": "Vous pourrez réessayer à partir du {date}.",
  "error.TOO_MANY_REQUESTS": "Trop de tentatives. Patientez quelques minutes puis réessayez.",
};

export type CommonKey = keyof typeof commonFr;

export const commonEn: Record<CommonKey, string> = {
  "app.skipToContent": "Skip to content",
  "app.loading": "Loading…",

  "language.group": "Language",
  "language.fr": "Français",
  "language.en": "English",

  "header.logOut": "Log out",

  "form.required": "This field is required.",
  "form.sending": "Sending…",

  "password.show": "Show password",
  "password.hide": "Hide password",

  "logIn.email": "Email address",
  "logIn.password": "Password",
  "logIn.forgotPassword": "Forgot your password?",
  "logIn.submit": "Log in",

  "notFound.title": "Page not found",
  "notFound.text": "The page you asked for does not exist or has moved.",

  "error.generic": "Something went wrong. Please try again later.",
  "error.NETWORK_ERROR": "The service cannot be reached. Check your internet connection and try again.",
  "error.INVALID_CREDENTIALS": "The email address or the password is incorrect.",
  "error.ACCOUNT_TEMPORARILY_BLOCKED":
    "Your account is temporarily blocked after several failed log-in attempts. Try again later or change your password.",
  "error.EMAIL_ALREADY_USED": "This email address is already used by an account.",
  "error.WEAK_PASSWORD":
    "The password must be at least 8 characters long, with an upper-case letter, a lower-case letter and a digit.",
  "error.INVALID_EMAIL": "The email address is not valid.",
  "error.INVALID_REFRESH_TOKEN": "Your session has expired. Please log in again.",
  "error.NOT_AN_ORGANIZATION_MEMBER": "You are not a member of this organisation.",
  "error.VALIDATION_ERROR": "Some of the information is not valid.",
  "error.REQUIRED": "This field is required.",
  "error.TOO_LONG": "This text is too long.",
  "error.WRONG_CURRENT_PASSWORD": "The current password is incorrect.",
  "error.blockedUntil": "You can try again from {date}.",
  "error.TOO_MANY_REQUESTS": "Too many attempts. Wait a few minutes and try again.",
};
