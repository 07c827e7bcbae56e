from __future__ import annotations

from domain.shared.errors import DomainError


class CampaignCodeNotFoundError(DomainError):
    code = "CAMPAIGN_CODE_NOT_FOUND"
    default_detail = "No campaign has this code. Check the code you were given."


class CampaignNotFoundError(DomainError):
    code = "CAMPAIGN_NOT_FOUND"
    default_detail = "This campaign does not exist."


class CampaignArchivedError(DomainError):
    code = "CAMPAIGN_ARCHIVED"
    default_detail = "This campaign is archived: it can no longer be joined or changed."


class CampaignCodeExhaustedError(DomainError):
    code = "CAMPAIGN_CODE_UNAVAILABLE"
    default_detail = "No free campaign code could be drawn; please try again."


class NotAProfilesCollectionError(DomainError):
    code = "NOT_A_PROFILES_COLLECTION"
    default_detail = "This campaign evaluates participants: it collects no profiles."
