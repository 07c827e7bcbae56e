import type { MessageKey } from "./fr";

export const en: Record<MessageKey, string> = {
  "app.name": "Pix Orga",
  "app.skipToContent": "Skip to content",
  "app.loading": "Loading…",
  "app.loadFailed": "Your Pix Orga space could not be loaded.",
  "app.retry": "Try again",
  "app.footer": "Pix Orga, the organisations' space of Pix libre.",

  "language.group": "Language",
  "language.fr": "Français",
  "language.en": "English",

  "header.home": "Pix Orga home",
  "header.organization": "Organisation",
  "header.logOut": "Log out",

  "role.ADMIN": "Administrator",
  "role.MEMBER": "Member",

  "form.required": "This field is required.",
  "form.sending": "Sending…",

  "password.show": "Show password",
  "password.hide": "Hide password",

  "logIn.title": "Log in to Pix Orga",
  "logIn.intro": "Use your personal Pix account, the one you also use for your own tests.",
  "logIn.email": "Email address",
  "logIn.password": "Password",
  "logIn.forgotPassword": "Forgot your password?",
  "logIn.submit": "Log in",

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

  "notFound.title": "Page not found",
  "notFound.text": "The page you asked for does not exist or has moved.",
  "notFound.back": "Back to campaigns",

  "error.generic": "Something went wrong. Please try again later.",
  "error.NETWORK_ERROR": "The service cannot be reached. Check your internet connection and try again.",
  "error.INVALID_CREDENTIALS": "The email address or the password is incorrect.",
  "error.ACCOUNT_TEMPORARILY_BLOCKED":
    "Your account is temporarily blocked after several failed log-in attempts. Try again later or change your password.",
  "error.EMAIL_ALREADY_USED": "This email address is already used by an account.",
  "error.WEAK_PASSWORD":
    "The password must be at least 8 characters long, with an upper-case letter, a lower-case letter and a digit.",
  "error.TERMS_NOT_ACCEPTED": "You must accept the terms of use.",
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
