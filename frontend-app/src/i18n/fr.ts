/**
 * French, the reference locale: the learner app's own messages, every one declared here first.
 * The messages both apps word the same way are in @pix-libre/shared (i18n/messages.ts); these
 * are merged over them by `configure()`.
 */
export const fr = {
  "app.name": "Pix libre",
  "app.footer": "Pix libre, une mise en œuvre libre du service public Pix.",

  "header.nav": "Navigation principale",
  "header.home": "Accueil Pix libre",
  "header.logIn": "Se connecter",
  "header.signUp": "S'inscrire",
  "header.accountMenu": "Mon compte",

  "form.requiredNote": "Tous les champs sont obligatoires.",

  "password.rule":
    "Au moins 8 caractères, dont une majuscule, une minuscule et un chiffre.",

  "home.title": "Évaluez, développez et certifiez vos compétences numériques",
  "home.intro":
    "Pix vous aide à mesurer et à faire progresser vos compétences numériques, à votre rythme.",
  "home.codeTitle": "J'ai un code",
  "home.codeIntro":
    "Votre organisation (établissement, employeur, structure d'accompagnement) vous a donné un code de campagne ? Saisissez-le pour commencer votre parcours.",
  "home.codeLabel": "Code de la campagne",
  "home.codeHint": "9 caractères : 6 lettres puis 3 chiffres, par exemple TUMYUZ238.",
  "home.codeInvalid": "Le code doit comporter 6 lettres suivies de 3 chiffres.",
  "home.codeSubmit": "Accéder au parcours",
  "home.welcome": "Bonjour {name} !",

  "campaign.title": "Campagne {code}",
  "campaign.comingSoon":
    "Le parcours de campagne arrive bientôt : cette version de Pix libre ne permet pas encore de passer une campagne.",
  "campaign.invalidCode":
    "Ce code de campagne n'est pas valide : il doit comporter 6 lettres suivies de 3 chiffres.",
  "campaign.backHome": "Retour à l'accueil",

  "signUp.title": "Inscrivez-vous",
  "signUp.haveAccount": "Vous avez déjà un compte ?",
  "signUp.firstName": "Prénom",
  "signUp.lastName": "Nom",
  "signUp.email": "Adresse e-mail",
  "signUp.emailHint": "Par exemple : nom@exemple.fr",
  "signUp.password": "Mot de passe",
  "signUp.terms": "J'accepte les conditions d'utilisation de Pix",
  "signUp.submit": "Je m'inscris",

  "logIn.title": "Connectez-vous",
  "logIn.noAccount": "Vous n'avez pas de compte ?",

  "forgot.title": "Mot de passe oublié",
  "forgot.intro":
    "Saisissez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
  "forgot.email": "Adresse e-mail",
  "forgot.submit": "Recevoir le lien",
  "forgot.sent":
    "Si un compte existe avec cette adresse e-mail, un message vient de lui être envoyé avec un lien pour changer le mot de passe. Pensez à vérifier vos courriers indésirables.",
  "forgot.backToLogIn": "Retour à la connexion",

  "reset.title": "Changer de mot de passe",
  "reset.newPassword": "Nouveau mot de passe",
  "reset.submit": "Enregistrer le mot de passe",
  "reset.done": "Votre mot de passe a été changé. Vous pouvez maintenant vous connecter.",
  "reset.logIn": "Se connecter",
  "reset.requestNew": "Demander un nouveau lien",

  "account.title": "Mon compte",
  "account.identity": "Vos informations",
  "account.name": "Nom",
  "account.email": "Adresse e-mail",
  "account.passwordTitle": "Changer de mot de passe",
  "account.currentPassword": "Mot de passe actuel",
  "account.newPassword": "Nouveau mot de passe",
  "account.submit": "Enregistrer le nouveau mot de passe",
  "account.saved": "Votre mot de passe a été changé.",

  "error.TERMS_NOT_ACCEPTED": "Vous devez accepter les conditions d'utilisation de Pix.",
  "error.INVALID_RESET_TOKEN":
    "Ce lien de changement de mot de passe n'est plus valide. Demandez-en un nouveau.",
};

// Makes `t()` accept exactly the shared keys and these (see @pix-libre/shared/i18n).
declare module "@pix-libre/shared/i18n" {
  interface Register {
    messages: typeof fr;
  }
}
