import type { MessageKey } from "./fr";

export const en: Record<MessageKey, string> = {
  "app.name": "Pix libre",
  "app.skipToContent": "Skip to content",
  "app.loading": "Loading…",
  "app.footer": "Pix libre, a free implementation of the French public service Pix.",

  "language.group": "Language",
  "language.fr": "Français",
  "language.en": "English",

  "header.nav": "Main navigation",
  "header.home": "Pix libre home",
  "header.logIn": "Log in",
  "header.signUp": "Sign up",
  "header.accountMenu": "My account",
  "header.logOut": "Log out",

  "form.requiredNote": "All fields are required.",
  "form.required": "This field is required.",
  "form.sending": "Sending…",

  "password.show": "Show password",
  "password.hide": "Hide password",
  "password.rule": "At least 8 characters, including an upper-case letter, a lower-case letter and a digit.",

  "home.title": "Assess, develop and certify your digital skills",
  "home.intro": "Pix helps you measure and improve your digital skills, at your own pace.",
  "home.codeTitle": "I have a code",
  "home.codeIntro":
    "Your organisation (school, employer, support centre) gave you a campaign code? Enter it to start your journey.",
  "home.codeLabel": "Campaign code",
  "home.codeHint": "9 characters: 6 letters then 3 digits, for example TUMYUZ238.",
  "home.codeInvalid": "The code must be 6 letters followed by 3 digits.",
  "home.codeSubmit": "Go to the campaign",
  "home.welcome": "Hello {name}!",

  "campaign.title": "Campaign {code}",
  "campaign.comingSoon":
    "The campaign journey is coming soon: this version of Pix libre cannot run campaigns yet.",
  "campaign.invalidCode": "This campaign code is not valid: it must be 6 letters followed by 3 digits.",
  "campaign.backHome": "Back to home",

  "signUp.title": "Sign up",
  "signUp.haveAccount": "Already have an account?",
  "signUp.firstName": "First name",
  "signUp.lastName": "Last name",
  "signUp.email": "Email address",
  "signUp.emailHint": "For example: name@example.com",
  "signUp.password": "Password",
  "signUp.terms": "I accept the Pix terms of use",
  "signUp.submit": "Sign up",

  "logIn.title": "Log in",
  "logIn.noAccount": "No account yet?",
  "logIn.email": "Email address",
  "logIn.password": "Password",
  "logIn.forgotPassword": "Forgot your password?",
  "logIn.submit": "Log in",

  "forgot.title": "Forgotten password",
  "forgot.intro": "Enter your account's email address: we will send you a link to choose a new password.",
  "forgot.email": "Email address",
  "forgot.submit": "Send me the link",
  "forgot.sent":
    "If an account exists with this email address, a message has just been sent to it with a link to change the password. Remember to check your spam folder.",
  "forgot.backToLogIn": "Back to log in",

  "reset.title": "Change your password",
  "reset.newPassword": "New password",
  "reset.submit": "Save the password",
  "reset.done": "Your password has been changed. You can now log in.",
  "reset.logIn": "Log in",
  "reset.requestNew": "Request a new link",

  "account.title": "My account",
  "account.identity": "Your details",
  "account.name": "Name",
  "account.email": "Email address",
  "account.passwordTitle": "Change your password",
  "account.currentPassword": "Current password",
  "account.newPassword": "New password",
  "account.submit": "Save the new password",
  "account.saved": "Your password has been changed.",

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
  "error.TERMS_NOT_ACCEPTED": "You must accept the Pix terms of use.",
  "error.INVALID_EMAIL": "The email address is not valid.",
  "error.INVALID_RESET_TOKEN": "This password change link is no longer valid. Please request a new one.",
  "error.INVALID_REFRESH_TOKEN": "Your session has expired. Please log in again.",
  "error.NOT_AN_ORGANIZATION_MEMBER": "You are not a member of this organisation.",
  "error.VALIDATION_ERROR": "Some of the information is not valid.",
  "error.REQUIRED": "This field is required.",
  "error.TOO_LONG": "This text is too long.",
  "error.WRONG_CURRENT_PASSWORD": "The current password is incorrect.",
  "error.blockedUntil": "You can try again from {date}.",
  "error.TOO_MANY_REQUESTS": "Too many attempts. Wait a few minutes and try again.",
};
