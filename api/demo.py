"""Demonstration data for `make run`: an organisation, its admin and member, a learner, and a
campaign on the Diagnostic initial whose code a newcomer can type in the learner app."""

from __future__ import annotations

import base64
import contextlib
from dataclasses import dataclass

from api.composition import Container
from domain.campaigns.model import Campaign, CampaignListQuery, CampaignType, ExternalIdType
from domain.campaigns.use_cases.create_campaign import NewCampaign, create_campaign
from domain.organizations.errors import AlreadyMemberError
from domain.organizations.model import MembershipRole, OrganizationType
from domain.organizations.use_cases.add_member import add_member
from domain.organizations.use_cases.create_organization import create_organization
from domain.users.errors import EmailAlreadyUsedError
from domain.users.use_cases.sign_up import SignUp, sign_up

DEMO_ORGANIZATION = "Organisation de démonstration"
DEMO_CAMPAIGN = "Diagnostic de démonstration"
# The demo organisation's logo, drawn here: a blue rounded square with "OD" in white.
_DEMO_LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
    '<rect width="64" height="64" rx="14" fill="#253858"/>'
    '<text x="32" y="41" font-family="sans-serif" font-size="26" font-weight="700" '
    'text-anchor="middle" fill="#fff">OD</text></svg>'
)
DEMO_LOGO = "data:image/svg+xml;base64," + base64.b64encode(_DEMO_LOGO_SVG.encode()).decode()


@dataclass(frozen=True)
class DemoAccount:
    role: str
    first_name: str
    last_name: str
    email: str
    password: str
    super_admin: bool = False


DEMO_ACCOUNTS = (
    DemoAccount(
        "Orga administrator", "Camille", "Durand", "admin.orga@example.org", "Demo-Admin-2026"
    ),
    DemoAccount("Orga member", "Malik", "Benali", "membre.orga@example.org", "Demo-Membre-2026"),
    DemoAccount("Learner", "Léa", "Martin", "apprenant@example.org", "Demo-Apprenant-2026"),
    DemoAccount(
        "Platform administrator",
        "Alex",
        "Moreau",
        "superadmin@example.org",
        "Demo-Super-2026",
        super_admin=True,
    ),
)


async def load_demo(container: Container) -> list[DemoAccount]:
    """Create what is missing; running it again changes nothing."""
    c = container
    for account in DEMO_ACCOUNTS:
        with contextlib.suppress(EmailAlreadyUsedError):
            await sign_up(
                SignUp(
                    first_name=account.first_name,
                    last_name=account.last_name,
                    email=account.email,
                    password=account.password,
                    terms_accepted=True,
                    is_super_admin=account.super_admin,
                ),
                uow=c.uow(),
                hasher=c.hasher,
                clock=c.clock,
            )
    async with c.uow() as uow:
        organization = await uow.organizations.find_by_name(DEMO_ORGANIZATION)
    if organization is None:
        organization = await create_organization(
            name=DEMO_ORGANIZATION,
            type=OrganizationType.PRO,
            admin_email=DEMO_ACCOUNTS[0].email,
            logo_url=DEMO_LOGO,
            uow=c.uow(),
            clock=c.clock,
        )
    assert organization.id is not None
    for email, role in ((DEMO_ACCOUNTS[1].email, MembershipRole.MEMBER),):
        with contextlib.suppress(AlreadyMemberError):
            await add_member(
                organization_id=organization.id, email=email, role=role, uow=c.uow(), clock=c.clock
            )
    return list(DEMO_ACCOUNTS)


async def ensure_demo_campaign(container: Container) -> Campaign | None:
    """The demo organisation's campaign on the Diagnostic initial, created once (None while no
    content release is imported: the campaign needs its target profile)."""
    c = container
    if c.content.current() is None:
        await c.content.refresh(c.uow())
    if c.content.current() is None:
        return None
    async with c.uow() as uow:
        organization = await uow.organizations.find_by_name(DEMO_ORGANIZATION)
        admin = await uow.users.get_by_email(DEMO_ACCOUNTS[0].email)
        if organization is None or organization.id is None or admin is None or admin.id is None:
            return None
        found = await uow.campaigns.page(
            CampaignListQuery(organization_id=organization.id, name=DEMO_CAMPAIGN)
        )
    for summary in found.items:
        if summary.campaign.name == DEMO_CAMPAIGN:
            return summary.campaign
    return await create_campaign(
        NewCampaign(
            organization_id=organization.id,
            name=DEMO_CAMPAIGN,
            type=CampaignType.ASSESSMENT,
            target_profile_id="pix-emploi-diagnostic",
            title="Diagnostic de démonstration",
            landing_text=(
                "Bienvenue ! Ce parcours de démonstration évalue vos compétences numériques "
                "de base en une trentaine de minutes.\n\n"
                "Répondez sans chercher ailleurs : il s'agit de savoir où vous en êtes."
            ),
            external_id_label="Numéro de dossier",
            external_id_type=ExternalIdType.STRING,
            multiple_sendings=True,
        ),
        requested_by=admin.id,
        uow=c.uow(),
        content=c.content,
        clock=c.clock,
        random=c.random,
    )
