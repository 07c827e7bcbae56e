from __future__ import annotations

from domain.shared.errors import DomainError


class AssessmentNotFoundError(DomainError):
    code = "ASSESSMENT_NOT_FOUND"
    default_detail = "This assessment does not exist."


class AssessmentCompletedError(DomainError):
    code = "ASSESSMENT_COMPLETED"
    default_detail = "This assessment is finished: no more answers are accepted."


class NotTheCurrentChallengeError(DomainError):
    code = "NOT_THE_CURRENT_CHALLENGE"
    default_detail = "Only the challenge being shown can be answered; answers are final."


class ContentChangedError(DomainError):
    code = "CONTENT_RELEASE_UNAVAILABLE"
    default_detail = "The content this assessment was started with is no longer loaded."


class AnswerNotFoundError(DomainError):
    code = "ANSWER_NOT_FOUND"
    default_detail = "This answer does not exist."


class ChallengeNotTimedError(DomainError):
    code = "CHALLENGE_NOT_TIMED"
    default_detail = "This challenge has no timer to start."
