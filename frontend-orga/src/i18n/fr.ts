/**
 * French, the reference locale: the Orga app's own messages, every one declared here first.
 * The messages both apps word the same way are in @pix-libre/shared (i18n/messages.ts); these
 * are merged over them by `configure()`.
 */
export const fr = {
  "app.name": "Pix Orga",
  "app.loadFailed": "Impossible de charger votre espace Pix Orga.",
  "app.retry": "Réessayer",
  "app.footer": "Pix Orga, l'espace des organisations de Pix libre.",

  "header.home": "Accueil Pix Orga",
  "header.organization": "Organisation",

  "role.ADMIN": "Administrateur",
  "role.MEMBER": "Membre",

  "logIn.title": "Connectez-vous à Pix Orga",
  "logIn.intro": "Utilisez votre compte Pix personnel, celui que vous utilisez aussi pour vos parcours.",

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

  "notFound.back": "Retour aux campagnes",

  "error.TERMS_NOT_ACCEPTED": "Vous devez accepter les conditions d'utilisation.",
};

// Makes `t()` accept exactly the shared keys and these (see @pix-libre/shared/i18n).
declare module "@pix-libre/shared/i18n" {
  interface Register {
    messages: typeof fr;
  }
}
