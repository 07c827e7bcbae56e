/** French, the reference locale: every key used by the app is declared here. */
export const fr = {
  "app.name": "Pix Orga",
  "app.skipToContent": "Aller au contenu",
  "app.loading": "Chargement…",
  "app.loadFailed": "Impossible de charger votre espace Pix Orga.",
  "app.retry": "Réessayer",
  "app.footer": "Pix Orga, l'espace des organisations de Pix libre.",

  "language.group": "Langue",
  "language.fr": "Français",
  "language.en": "English",

  "header.home": "Accueil Pix Orga",
  "header.organization": "Organisation",
  "header.logOut": "Se déconnecter",

  "role.ADMIN": "Administrateur",
  "role.MEMBER": "Membre",

  "form.required": "Ce champ est obligatoire.",
  "form.sending": "Envoi en cours…",

  "password.show": "Afficher le mot de passe",
  "password.hide": "Masquer le mot de passe",

  "logIn.title": "Connectez-vous à Pix Orga",
  "logIn.intro": "Utilisez votre compte Pix personnel, celui que vous utilisez aussi pour vos parcours.",
  "logIn.email": "Adresse e-mail",
  "logIn.password": "Mot de passe",
  "logIn.forgotPassword": "Mot de passe oublié ?",
  "logIn.submit": "Je me connecte",

  "terms.title": "Conditions d'utilisation de Pix Orga",
  "terms.intro":
    "Pix Orga permet à votre organisation de proposer des campagnes Pix et d'en suivre les résultats. Avant votre première utilisation, merci de prendre connaissance de ces conditions :",
  "terms.item1":
    "vous utilisez les données des participants uniquement pour les accompagner, dans le cadre des missions de votre organisation ;",
  "terms.item2":
    "les résultats d'un participant ne vous sont visibles que s'il a choisi de vous les envoyer ;",
  "terms.item3":
    "vous gardez vos identifiants personnels et ne les partagez avec personne.",
  "terms.accept": "J'accepte les conditions d'utilisation",

  "noMembership.title": "Vous n'êtes membre d'aucune organisation",
  "noMembership.text":
    "Votre compte Pix n'est rattaché à aucune organisation dans Pix Orga. Pour y accéder, demandez à l'administrateur de votre organisation de vous envoyer une invitation : le lien reçu par e-mail vous rattachera à son espace.",
  "noMembership.learner":
    "Vous souhaitez plutôt passer un parcours Pix ? Rendez-vous sur l'application Pix avec le code que l'on vous a donné.",
  "noMembership.learnerLink": "Aller sur Pix",

  "campaigns.title": "Campagnes",
  "campaigns.emptyTitle": "Créez votre première campagne",
  "campaigns.emptyText":
    "Une campagne permet d'évaluer les compétences numériques de vos participants ou de collecter leurs profils Pix. Vous leur communiquez un code, ils passent le parcours à leur rythme, et vous suivez ici leur avancement puis les résultats qu'ils choisissent de vous envoyer.",
  "campaigns.create": "Créer une campagne",
  "campaigns.comingSoon": "La création de campagnes sera bientôt disponible.",

  "notFound.title": "Page introuvable",
  "notFound.text": "La page demandée n'existe pas ou a été déplacée.",
  "notFound.back": "Retour aux campagnes",

  "error.generic": "Une erreur est survenue. Veuillez réessayer plus tard.",
  "error.NETWORK_ERROR":
    "Le service est injoignable. Vérifiez votre connexion internet puis réessayez.",
  "error.INVALID_CREDENTIALS": "L'adresse e-mail ou le mot de passe est incorrect.",
  "error.ACCOUNT_TEMPORARILY_BLOCKED":
    "Votre compte est temporairement bloqué après plusieurs tentatives de connexion échouées. Réessayez plus tard ou changez votre mot de passe.",
  "error.EMAIL_ALREADY_USED": "Cette adresse e-mail est déjà utilisée par un compte.",
  "error.WEAK_PASSWORD":
    "Le mot de passe doit contenir au moins 8 caractères, dont une majuscule, une minuscule et un chiffre.",
  "error.TERMS_NOT_ACCEPTED": "Vous devez accepter les conditions d'utilisation.",
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

export type MessageKey = keyof typeof fr;
