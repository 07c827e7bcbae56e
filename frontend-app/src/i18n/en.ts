import type { fr } from "./fr";

export const en: Record<keyof typeof fr, string> = {
  "app.name": "Pix libre",
  "app.footer": "Pix libre, a free implementation of the French public service Pix.",

  "header.nav": "Main navigation",
  "header.home": "Pix libre home",
  "header.logIn": "Log in",
  "header.signUp": "Sign up",
  "header.accountMenu": "My account",

  "form.requiredNote": "All fields are required.",

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

  "error.TERMS_NOT_ACCEPTED": "You must accept the Pix terms of use.",
  "error.INVALID_RESET_TOKEN": "This password change link is no longer valid. Please request a new one.",
};
