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
  "campaigns.active": "Campagnes actives",
  "campaigns.archived": "Campagnes archivées",
  "campaigns.search": "Rechercher une campagne par son nom",
  "campaigns.owner": "Créateur des campagnes",
  "campaigns.mine": "Mes campagnes",
  "campaigns.all": "Toutes les campagnes",
  "campaigns.count": "{n} campagne(s) trouvée(s)",
  "campaigns.noResult": "Aucune campagne ne correspond à votre recherche.",
  "campaigns.captionActive": "Campagnes actives : {n} au total, page {page} sur {pages}",
  "campaigns.captionArchived": "Campagnes archivées : {n} au total, page {page} sur {pages}",
  "campaigns.col.name": "Nom",
  "campaigns.col.code": "Code",
  "campaigns.col.owner": "Créée par",
  "campaigns.col.createdAt": "Date de création",
  "campaigns.col.participants": "Participants",
  "campaigns.col.shared": "Résultats reçus",
  "campaigns.pagination": "Pagination des campagnes",

  "pagination.previous": "Page précédente",
  "pagination.next": "Page suivante",
  "pagination.status": "Page {page} sur {pages}",

  "create.title": "Création d'une campagne",
  "create.name": "Nom de la campagne",
  "create.nameHint":
    "Un nom pour la retrouver facilement (parcours testé, public, date…). Il n'est visible que dans Pix Orga.",
  "create.goal": "Quel est l'objectif de votre campagne ?",
  "create.goalAssessment": "Évaluer les participants",
  "create.goalProfiles": "Collecter les profils Pix des participants",
  "create.target": "Que souhaitez-vous tester ?",
  "create.targetPlaceholder": "Choisissez un parcours",
  "create.wholeCompetence": "Toute une compétence",
  "create.competence": "Compétence à tester",
  "create.competencePlaceholder": "Choisissez une compétence",
  "create.competenceRequired": "Veuillez choisir une compétence.",
  "create.askExternalId": "Souhaitez-vous demander un identifiant externe ?",
  "create.yes": "Oui",
  "create.no": "Non",
  "create.externalIdLabel": "Libellé de l'identifiant",
  "create.externalIdLabelHint": "Par exemple : Numéro de l'étudiant, Nom et prénom, Adresse e-mail professionnelle.",
  "create.externalIdLabelRequired": "Veuillez indiquer le libellé de l'identifiant.",
  "create.externalIdType": "Type de l'identifiant",
  "create.externalIdString": "texte",
  "create.externalIdEmail": "adresse e-mail",
  "create.testTitle": "Titre du parcours",
  "create.testTitleHint": "Affiché aux participants sur la page d'accueil et pendant le parcours.",
  "create.landingText": "Texte de la page d'accueil",
  "create.landingTextHint":
    "Mise en forme Markdown possible : *italique*, **gras**, listes (une ligne par élément commençant par « - »), paragraphes séparés par une ligne vide.",
  "create.landingTextCount": "{n} / {max} caractères",
  "create.multipleSendings": "Permettre aux participants d'envoyer leurs résultats plusieurs fois",
  "create.submit": "Créer la campagne",
  "create.cancel": "Annuler",

  "campaign.title": "Campagne",
  "campaign.back": "← Retour aux campagnes",
  "campaign.notFound": "Campagne introuvable",
  "campaign.notFoundText": "Cette campagne n'existe pas ou n'appartient pas à votre organisation.",
  "campaign.archivedTag": "Archivée",
  "campaign.code": "Code",
  "campaign.copyCode": "Copier le code",
  "campaign.codeCopied": "Code copié !",
  "campaign.directLink": "Lien direct",
  "campaign.copyLink": "Copier le lien",
  "campaign.linkCopied": "Lien copié !",
  "campaign.copyFailed": "La copie a échoué : sélectionnez le texte pour le copier.",
  "campaign.participants": "Participants",
  "campaign.shared": "Résultats reçus",
  "campaign.profilesReceived": "Profils reçus",
  "campaign.export": "Exporter les résultats (.csv)",
  "campaign.exporting": "Préparation de l'export…",
  "campaign.edit": "Modifier",
  "campaign.editTitle": "Modifier la campagne",
  "campaign.save": "Enregistrer",
  "campaign.saved": "Les modifications ont été enregistrées.",
  "campaign.archive": "Archiver",
  "campaign.unarchive": "Désarchiver",
  "campaign.archiveConfirmTitle": "Archiver cette campagne ?",
  "campaign.archiveConfirmText":
    "Une campagne archivée ne peut plus être rejointe ni modifiée, et les participants ne peuvent plus y envoyer leurs résultats. Ses résultats restent consultables et vous pourrez la désarchiver.",
  "campaign.archiveConfirm": "Oui, archiver",
  "campaign.unarchiveConfirmTitle": "Désarchiver cette campagne ?",
  "campaign.unarchiveConfirmText": "Les participants pourront de nouveau la rejoindre et y envoyer leurs résultats.",
  "campaign.unarchiveConfirm": "Oui, désarchiver",
  "campaign.archivedNotice": "La campagne a été archivée.",
  "campaign.unarchived": "La campagne a été désarchivée.",
  "campaign.tabs": "Sections de la campagne",
  "campaign.tabParticipants": "Participants ({n})",
  "campaign.tabDetails": "Détails",

  "participants.status": "Statut",
  "participants.allStatuses": "Tous les statuts",
  "participants.started": "En cours de test",
  "participants.toShare": "En attente",
  "participants.shared": "Résultats reçus",
  "participants.search": "Rechercher un participant (nom, prénom, identifiant)",
  "participants.count": "{n} participant(s) trouvé(s)",
  "participants.empty":
    "Aucun participant pour le moment. Les participants apparaissent ici dès qu'ils ont commencé le parcours.",
  "participants.noResult": "Aucun participant ne correspond à votre recherche.",
  "participants.caption": "Participants : {n} au total, page {page} sur {pages}",
  "participants.lastName": "Nom",
  "participants.firstName": "Prénom",
  "participants.startedAt": "Commencé le",
  "participants.result": "Résultat",
  "participants.pagination": "Pagination des participants",
  "participants.stars1": "1 étoile sur 4 : niveau insuffisant",
  "participants.stars2": "2 étoiles sur 4 : niveau fragile",
  "participants.stars3": "3 étoiles sur 4 : niveau satisfaisant",
  "participants.stars4": "4 étoiles sur 4 : très bon niveau",

  "details.goal": "Objectif",
  "details.tested": "Ce qui est testé",
  "details.competence": "Compétence {index} {name}",
  "details.externalId": "Identifiant externe",
  "details.noExternalId": "Non demandé",
  "details.multipleSendings": "Envois multiples",
  "details.createdAt": "Créée le",
  "details.none": "—",

  "notFound.back": "Retour aux campagnes",

  "error.TERMS_NOT_ACCEPTED": "Vous devez accepter les conditions d'utilisation.",
  "error.CAMPAIGN_NAME_IS_REQUIRED": "Veuillez donner un nom à la campagne.",
  "error.TARGET_PROFILE_IS_REQUIRED": "Veuillez choisir ce que vous souhaitez tester.",
  "error.TARGET_PROFILE_NOT_FOUND": "Ce parcours n'existe pas.",
  "error.COMPETENCE_NOT_FOUND": "Cette compétence n'existe pas.",
  "error.LANDING_TEXT_IS_TOO_LONG": "Le texte de la page d'accueil ne doit pas dépasser 5 000 caractères.",
  "error.MISSING_EXTERNAL_ID_TYPE": "Veuillez choisir le type de l'identifiant.",
  "error.TARGET_PROFILE_NOT_ALLOWED_FOR_PROFILES_COLLECTION_CAMPAIGN":
    "Une collecte de profils ne teste pas de parcours.",
  "error.TITLE_NOT_ALLOWED_FOR_PROFILES_COLLECTION_CAMPAIGN": "Une collecte de profils n'a pas de titre de parcours.",
  "error.OWNER_NOT_A_MEMBER": "Le propriétaire doit être membre de l'organisation.",
  "error.CAMPAIGN_ARCHIVED": "Cette campagne est archivée : elle ne peut plus être modifiée.",
};

// Makes `t()` accept exactly the shared keys and these (see @pix-libre/shared/i18n).
declare module "@pix-libre/shared/i18n" {
  interface Register {
    messages: typeof fr;
  }
}
