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

  "campaign.invalidCode":
    "Ce code de campagne n'est pas valide : il doit comporter 6 lettres suivies de 3 chiffres.",
  "campaign.backHome": "Retour à l'accueil",

  "home.bannersLabel": "Vos parcours en cours",
  "home.unfinished": "Vous n'avez pas terminé le parcours « {title} ».",
  "home.toShare": "Vous n'avez pas encore envoyé vos résultats du parcours « {title} ».",
  "home.resume": "Reprendre",
  "home.seeResults": "Voir mes résultats",

  "landing.untitled": "Votre parcours",
  "landing.problemTitle": "Parcours introuvable",
  "landing.notFound":
    "Aucun parcours ne correspond au code {code}. Vérifiez le code donné par votre organisation : une lettre ou un chiffre a peut-être été mal recopié.",
  "landing.otherCode": "Saisir un autre code",
  "landing.archived":
    "Ce parcours a été archivé par son organisateur : il n'est plus possible de le commencer. Contactez l'organisation qui vous a donné le code.",
  "landing.startTitle": "Commencez votre parcours",
  "landing.startIntro":
    "Démarrez votre parcours d'évaluation personnalisé : inscrivez-vous ou connectez-vous, puis lancez votre test.",
  "landing.start": "Je commence",
  "landing.haveAccount": "Vous avez déjà un compte ?",
  "landing.notice":
    "L'organisateur du parcours pourra suivre votre avancée pour vous accompagner. Vos résultats ne lui seront transmis qu'avec votre accord, quand vous les enverrez.",

  "start.joining": "Préparation de votre parcours…",
  "start.failedTitle": "Impossible de continuer",
  "start.backToCampaign": "Retour à la page du parcours",

  "externalId.title": "Avant de commencer",
  "externalId.intro":
    "L'organisateur de votre parcours a besoin de l'information ci-dessous pour pouvoir vous accompagner.",
  "externalId.defaultLabel": "Identifiant",
  "externalId.submit": "C'est parti",
  "externalId.cancel": "Annuler",

  "rules.step": "Étape {n} sur {total}",
  "rules.internet.title": "Vous pouvez chercher sur internet",
  "rules.internet.text":
    "Vous ne connaissez pas une réponse ? Cherchez-la en ligne : c'est permis, et savoir chercher fait partie des compétences évaluées.",
  "rules.tutorials.title": "Des tutos pour apprendre",
  "rules.tutorials.text":
    "Toutes les 5 questions, vous verrez vos réponses, les bonnes réponses et des tutos pour comprendre et progresser.",
  "rules.time.title": "Pas de limite de temps",
  "rules.time.text":
    "Prenez le temps qu'il vous faut. Quelques questions sont chronométrées : elles vous le diront avant que le temps commence.",
  "rules.adaptive.title": "Une difficulté adaptée",
  "rules.adaptive.text":
    "Les questions deviennent plus faciles ou plus difficiles selon vos réponses : il est normal de ne pas tout savoir.",
  "rules.next": "Suivant",
  "rules.go": "C'est parti",

  "challenge.pageTitle": "Question {n} – {title}",
  "challenge.defaultTitle": "Parcours",
  "challenge.campaign": "Parcours :",
  "challenge.quit": "Quitter (vous pourrez reprendre plus tard)",
  "challenge.number": "Question {n}",
  "challenge.position": "Question {n} sur {total} avant le prochain point d'étape",
  "challenge.notFound": "Ce test est introuvable.",
  "challenge.retry": "Réessayer",
  "challenge.chooseOne": "Choisissez une réponse :",
  "challenge.chooseSeveral": "Choisissez une ou plusieurs réponses :",
  "challenge.yourAnswer": "Votre réponse",
  "challenge.field": "Réponse {n}",
  "challenge.selectPlaceholder": "Choisissez…",
  "challenge.attachment": "Télécharger la pièce jointe {name}",
  "challenge.validate": "Je valide",
  "challenge.validateHint": "Répondez pour pouvoir valider, ou passez la question.",
  "challenge.skip": "Je passe",
  "challenge.timedAnnounce": "Cette question est chronométrée : vous aurez {n} secondes pour y répondre.",
  "challenge.timedHelp":
    "Le temps commence quand vous affichez la question. À la fin du temps, ce que vous avez rempli est envoyé tel quel.",
  "challenge.timedStart": "Afficher la question et lancer le chrono",
  "challenge.timeLeft": "Il reste {n} secondes.",
  "challenge.timeUp": "Le temps est écoulé.",
  "challenge.timedOutNotice": "Le temps de la question précédente était écoulé : votre réponse a été enregistrée telle quelle.",
  "challenge.outOfStep": "Cette question avait déjà reçu une réponse (dans un autre onglet ?) : voici la suivante.",
  "challenge.focusedNotice":
    "Restez sur cette page pendant cette question : si vous la quittez (autre onglet, autre application), ce sera pris en compte.",
  "challenge.focusedOut":
    "Vous avez quitté la page pendant cette question : ce sera pris en compte dans votre réponse.",

  "report.title": "Signaler un problème",
  "report.label": "Décrivez le problème rencontré avec cette question",
  "report.hint": "Par exemple : image illisible, réponse attendue discutable, lien cassé.",
  "report.send": "Envoyer le signalement",
  "report.sent": "Merci ! Votre signalement a été envoyé à l'équipe qui rédige les questions.",

  "result.ok": "Bonne réponse",
  "result.ko": "Mauvaise réponse",
  "result.aband": "Question passée",
  "result.timedout": "Temps écoulé",
  "result.focusedOut": "Page quittée",

  "checkpoint.title": "Avancement du parcours",
  "checkpoint.finalTitle": "Parcours terminé !",
  "checkpoint.answered": "Vous avez répondu à {n} questions. Continuez à votre rythme.",
  "checkpoint.answeredOne": "Vous avez répondu à 1 question.",
  "checkpoint.finished": "Vous avez répondu à toutes les questions ({n}). Vos résultats sont prêts.",
  "checkpoint.answers": "Vos réponses",
  "checkpoint.correction": "Réponses et tutos",
  "checkpoint.continue": "Continuer mon parcours",
  "checkpoint.seeResults": "Voir mes résultats",

  "correction.right": "Vous avez la bonne réponse",
  "correction.wrong": "Vous n'avez pas la bonne réponse",
  "correction.solution": "Réponse attendue",
  "correction.explanation": "Explication",
  "correction.tutorials": "Pour réussir la prochaine fois",
  "correction.learnMore": "Pour en apprendre davantage",

  "tutorial.meta": "{format} · {minutes} min · par {source}",
  "tutorial.newWindow": "(nouvelle fenêtre)",
  "tutorial.save": "Enregistrer",
  "tutorial.saved": "Enregistré",
  "tutorial.useful": "Tuto utile",

  "results.title": "Vos résultats",
  "results.none": "Vous n'avez pas de participation à ce parcours avec ce compte.",
  "results.notCompleted": "Vous n'avez pas terminé ce parcours : ces résultats sont provisoires.",
  "results.masteryBefore": "Vous maîtrisez",
  "results.masteryAfter": "des compétences testées.",
  "results.percent": "{n} %",
  "results.skills": "{validated} acquis validés sur {tested} évalués.",
  "results.stars": "Palier : {n} étoile(s) sur {total}",
  "results.shareIntro": "Envoyez vos résultats à l'organisateur du parcours pour qu'il puisse vous accompagner.",
  "results.share": "J'envoie mes résultats",
  "results.shared": "Vos résultats ont été envoyés à l'organisateur du parcours. Merci !",
  "results.details": "Vos résultats détaillés",
  "results.tableCaption": "Résultat par compétence testée",
  "results.competence": "Compétences testées",
  "results.result": "Résultats",
  "results.competenceSkills": "({validated} acquis sur {tested})",
  "results.badges": "Badges",
  "results.badgeAcquired": "Obtenu",
  "results.badgeNotAcquired": "Non obtenu",
  "results.print": "Imprimer mes résultats",

  "results.profileBefore": "Votre profil Pix compte aujourd'hui",
  "results.pix": "{n} pix",
  "results.profileShareIntro":
    "L'organisateur de ce parcours vous demande votre profil Pix (vos niveaux par compétence). Envoyez-le pour qu'il puisse vous accompagner.",
  "results.profileShare": "J'envoie mon profil",
  "results.profileShared": "Votre profil a été envoyé à l'organisateur du parcours. Merci !",
  "results.againTitle": "Envie d'améliorer vos résultats ?",
  "results.improveIntro":
    "Vous pouvez retenter les questions que vous aviez ratées : seules celles-ci vous seront posées de nouveau.",
  "results.retryIntro":
    "Ce parcours peut être repassé : vous recommencerez avec les questions que vous aviez ratées, puis vous pourrez envoyer vos nouveaux résultats.",
  "results.again": "Je retente",
  "error.NOT_ALLOWED_YET": "Ce n'est pas encore possible : réessayez dans quelques jours.",
  "error.MISSING_EXTERNAL_ID": "Ce champ est obligatoire pour commencer le parcours.",
  "error.CAMPAIGN_ARCHIVED": "Ce parcours a été archivé : il ne peut plus être commencé ni envoyé.",
  "error.CAMPAIGN_CODE_NOT_FOUND": "Aucun parcours ne correspond à ce code.",
  "error.PARTICIPATION_ALREADY_SHARED": "Vos résultats ont déjà été envoyés.",
  "error.ASSESSMENT_NOT_COMPLETED": "Terminez le parcours avant d'envoyer vos résultats.",
  "error.NOT_THE_CURRENT_CHALLENGE": "Cette question n'est plus la question en cours.",
  "error.ASSESSMENT_COMPLETED": "Ce parcours est terminé.",

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
