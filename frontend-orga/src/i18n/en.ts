import type { fr } from "./fr";

export const en: Record<keyof typeof fr, string> = {
  "app.name": "Pix Orga",
  "app.loadFailed": "Your Pix Orga space could not be loaded.",
  "app.retry": "Try again",
  "app.footer": "Pix Orga, the organisations' space of Pix libre.",

  "header.home": "Pix Orga home",
  "header.organization": "Organisation",

  "role.ADMIN": "Administrator",
  "role.MEMBER": "Member",

  "logIn.title": "Log in to Pix Orga",
  "logIn.intro": "Use your personal Pix account, the one you also use for your own tests.",

  "terms.title": "Pix Orga terms of use",
  "terms.intro":
    "Pix Orga lets your organisation run Pix campaigns and follow their results. Before you start, please read these terms:",
  "terms.item1":
    "you use participants' data only to support them, within your organisation's missions;",
  "terms.item2": "you only see a participant's results if they chose to send them to you;",
  "terms.item3": "you keep your credentials personal and share them with no one.",
  "terms.accept": "I accept the terms of use",

  "noMembership.title": "You are not a member of any organisation",
  "noMembership.text":
    "Your Pix account is not linked to any organisation in Pix Orga. To get access, ask your organisation's administrator to send you an invitation: the link you receive by email will add you to its space.",
  "noMembership.learner":
    "Would you rather take a Pix test? Go to the Pix app with the code you were given.",
  "noMembership.learnerLink": "Go to Pix",

  "campaigns.title": "Campaigns",
  "campaigns.emptyTitle": "Create your first campaign",
  "campaigns.emptyText":
    "A campaign assesses your participants' digital skills or collects their Pix profiles. You give them a code, they take the test at their own pace, and you follow their progress here, then the results they choose to send you.",
  "campaigns.create": "Create a campaign",
  "campaigns.comingSoon": "Creating campaigns will be available soon.",

  "notFound.back": "Back to campaigns",

  "error.TERMS_NOT_ACCEPTED": "You must accept the terms of use.",
};
