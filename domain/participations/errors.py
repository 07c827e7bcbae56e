from __future__ import annotations

from domain.shared.errors import DomainError


class ParticipationNotFoundError(DomainError):
    code = "PARTICIPATION_NOT_FOUND"
    default_detail = "This participation does not exist."


class AlreadySharedError(DomainError):
    code = "PARTICIPATION_ALREADY_SHARED"
    default_detail = "These results were already sent."


class AssessmentNotCompletedError(DomainError):
    code = "ASSESSMENT_NOT_COMPLETED"
    default_detail = "Finish the test before sending the results."


class NotYetAllowedError(DomainError):
    code = "NOT_ALLOWED_YET"
    default_detail = "This is not possible now (see available_at for when it will be)."


class ResultsNotSharedError(DomainError):
    code = "RESULTS_NOT_SHARED"
    default_detail = "The participant has not sent these results: they stay private until then."


class ParticipationDeletedError(DomainError):
    code = "PARTICIPATION_DELETED"
    default_detail = (
        "The organisation removed your participation in this campaign: it cannot be taken again."
    )
