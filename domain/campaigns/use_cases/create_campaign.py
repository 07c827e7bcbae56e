from __future__ import annotations

from dataclasses import dataclass

from domain.access.policies import require_membership
from domain.campaigns.errors import CampaignCodeExhaustedError
from domain.campaigns.model import (
    CODE_DIGITS,
    CODE_LETTERS,
    MAX_LANDING_TEXT,
    Campaign,
    CampaignType,
    ExternalIdType,
)
from domain.campaigns.ports import RandomSource
from domain.learning_content.ports import ContentProvider
from domain.shared.errors import FieldError, InvalidInputError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork

CODE_DRAWS = 20


@dataclass(frozen=True)
class NewCampaign:
    organization_id: int
    name: str
    type: CampaignType
    owner_id: int | None = None
    target_profile_id: str | None = None
    competence_index: str | None = None
    title: str | None = None
    landing_text: str | None = None
    external_id_label: str | None = None
    external_id_type: ExternalIdType | None = None
    multiple_sendings: bool = False


def _problems(command: NewCampaign, content: ContentProvider) -> list[FieldError]:
    errors = []
    if not command.name.strip():
        errors.append(FieldError("name", "CAMPAIGN_NAME_IS_REQUIRED", "The name is required."))
    tested = command.target_profile_id or command.competence_index
    if command.type == CampaignType.ASSESSMENT:
        if not tested:
            errors.append(
                FieldError(
                    "target_profile_id",
                    "TARGET_PROFILE_IS_REQUIRED",
                    "Choose a target profile or one whole competence to test.",
                )
            )
        elif command.target_profile_id and command.competence_index:
            errors.append(
                FieldError(
                    "competence_index", "ONE_THING_TO_TEST", "Choose a profile or a competence."
                )
            )
        else:
            current = content.current()
            if command.target_profile_id and (
                current is None or command.target_profile_id not in current.profiles_by_id
            ):
                errors.append(
                    FieldError(
                        "target_profile_id", "TARGET_PROFILE_NOT_FOUND", "Unknown target profile."
                    )
                )
            if command.competence_index and (
                current is None or command.competence_index not in current.competences_by_index
            ):
                errors.append(
                    FieldError("competence_index", "COMPETENCE_NOT_FOUND", "Unknown competence.")
                )
    else:
        if tested:
            errors.append(
                FieldError(
                    "target_profile_id",
                    "TARGET_PROFILE_NOT_ALLOWED_FOR_PROFILES_COLLECTION_CAMPAIGN",
                    "A profiles collection tests nothing: it collects the learners' profiles.",
                )
            )
        if command.title:
            errors.append(
                FieldError(
                    "title",
                    "TITLE_NOT_ALLOWED_FOR_PROFILES_COLLECTION_CAMPAIGN",
                    "A profiles collection has no test title.",
                )
            )
    if command.landing_text and len(command.landing_text) > MAX_LANDING_TEXT:
        errors.append(
            FieldError(
                "landing_text",
                "LANDING_TEXT_IS_TOO_LONG",
                f"The landing text is limited to {MAX_LANDING_TEXT} characters.",
            )
        )
    if command.external_id_label and command.external_id_type is None:
        errors.append(
            FieldError("external_id_type", "MISSING_EXTERNAL_ID_TYPE", "Choose text or e-mail.")
        )
    return errors


async def create_campaign(
    command: NewCampaign,
    *,
    requested_by: int,
    uow: UnitOfWork,
    content: ContentProvider,
    clock: Clock,
    random: RandomSource,
) -> Campaign:
    """Create a campaign for an organisation the user belongs to, with a fresh join code."""
    errors = _problems(command, content)
    async with uow:
        await require_membership(uow, organization_id=command.organization_id, user_id=requested_by)
        owner_id = command.owner_id or requested_by
        if owner_id != requested_by and not await uow.memberships.find_active(
            command.organization_id, owner_id
        ):
            errors.append(
                FieldError("owner_id", "OWNER_NOT_A_MEMBER", "The owner must be a member.")
            )
        if errors:
            raise InvalidInputError(errors)
        code = await _free_code(uow, random)
        is_collection = command.type == CampaignType.PROFILES_COLLECTION
        campaign = await uow.campaigns.add(
            Campaign(
                id=None,
                code=code,
                organization_id=command.organization_id,
                name=command.name.strip(),
                type=command.type,
                creator_id=requested_by,
                owner_id=owner_id,
                created_at=clock.now(),
                target_profile_id=command.target_profile_id,
                competence_index=command.competence_index,
                title=(command.title or "").strip() or None,
                landing_text=(command.landing_text or "").strip() or None,
                external_id_label=(command.external_id_label or "").strip() or None,
                external_id_type=command.external_id_type if command.external_id_label else None,
                # Profiles can always be sent again (the newest one counts).
                multiple_sendings=True if is_collection else command.multiple_sendings,
            )
        )
        await uow.commit()
    return campaign


async def _free_code(uow: UnitOfWork, random: RandomSource) -> str:
    for _ in range(CODE_DRAWS):
        code = "".join(random.choice(CODE_LETTERS) for _ in range(6)) + "".join(
            random.choice(CODE_DIGITS) for _ in range(3)
        )
        if not await uow.campaigns.code_exists(code):
            return code
    raise CampaignCodeExhaustedError()
