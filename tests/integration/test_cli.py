"""The `pix` command, run as an operator would, against the test database."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from api.composition import Container
from api.demo import DEMO_ACCOUNTS, DEMO_ORGANIZATION
from api.settings import ROOT
from domain.campaigns.model import CampaignListQuery


def pix(
    database_url: str, *args: str, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PIX_DATABASE_URL": database_url,
        "PIX_ARGON2_TIME_COST": "1",
        "PIX_ARGON2_MEMORY_KIB": "1024",
    }
    if password:
        env["PIX_NEW_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def test_admin_creates_a_super_admin_and_an_organization(
    database_url: str, container: Container
):
    user = pix(
        database_url,
        "admin",
        "create-user",
        "--email",
        "Root@Example.org",
        "--first-name",
        "Alex",
        "--last-name",
        "Moreau",
        "--super-admin",
        password="Root-Pass-1",
    )
    organization = pix(
        database_url,
        "admin",
        "create-organization",
        "--name",
        "Lycée Victor Hugo",
        "--type",
        "SCO",
        "--admin-email",
        "root@example.org",
    )

    assert user.returncode == 0, user.stderr
    assert "platform administrator" in user.stdout
    assert organization.returncode == 0, organization.stderr
    async with container.uow() as uow:
        stored = await uow.users.get_by_email("root@example.org")
        assert stored is not None and stored.is_super_admin
        memberships = await uow.memberships.list_for_user(stored.id or 0)
    assert [(m.organization.name, m.role.value) for m in memberships] == [
        ("Lycée Victor Hugo", "ADMIN")
    ]


async def test_cli_refusals_are_clear_messages_not_tracebacks(database_url: str):
    weak = pix(
        database_url,
        "admin",
        "create-user",
        "--email",
        "x@example.org",
        "--first-name",
        "X",
        "--last-name",
        "Y",
        password="weak",
    )
    orphan = pix(
        database_url,
        "admin",
        "create-organization",
        "--name",
        "Orphan",
        "--type",
        "PRO",
        "--admin-email",
        "nobody@example.org",
    )

    assert weak.returncode == 1 and "VALIDATION_ERROR" in weak.stderr
    assert "password" in weak.stderr
    assert orphan.returncode == 1 and "USER_NOT_FOUND" in orphan.stderr
    assert "Traceback" not in weak.stderr + orphan.stderr


async def test_demo_data_loads_twice_without_duplicates(database_url: str, container: Container):
    first = pix(database_url, "demo")
    second = pix(database_url, "demo")

    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    for account in DEMO_ACCOUNTS:
        assert account.email in first.stdout and account.password in first.stdout
    async with container.uow() as uow:
        admin = await uow.users.get_by_email(DEMO_ACCOUNTS[0].email)
        member = await uow.users.get_by_email(DEMO_ACCOUNTS[1].email)
        assert admin and member
        admin_memberships = await uow.memberships.list_for_user(admin.id or 0)
        member_memberships = await uow.memberships.list_for_user(member.id or 0)
    assert [
        (m.organization.name, m.organization.type.value, m.role.value) for m in admin_memberships
    ] == [(DEMO_ORGANIZATION, "PRO", "ADMIN")]
    assert [m.role.value for m in member_memberships] == ["MEMBER"]


async def test_demo_data_offers_one_campaign_to_try_once_the_content_is_imported(
    database_url: str, container: Container
):
    before_content = pix(database_url, "demo")
    assert pix(database_url, "content", "import", "--from-source").returncode == 0
    first = pix(database_url, "demo")
    second = pix(database_url, "demo")

    assert "import the content first" in before_content.stdout
    codes = [re.search(r"code ([A-Z0-9]{9})", run.stdout) for run in (first, second)]
    assert codes[0] and codes[1] and codes[0].group(1) == codes[1].group(1), first.stdout
    async with container.uow() as uow:
        found = await uow.campaigns.get_to_join(codes[0].group(1))
    assert found is not None and found.campaign.title == "Diagnostic de démonstration"
    assert found.campaign.target_profile_id == "pix-emploi-diagnostic"


async def test_demo_without_campaign_leaves_the_organisation_empty(
    database_url: str, container: Container
):
    pix(database_url, "content", "import", "--from-source")
    run = pix(database_url, "demo", "--without-campaign")

    assert run.returncode == 0, run.stderr
    async with container.uow() as uow:
        organization = await uow.organizations.find_by_name(DEMO_ORGANIZATION)
        assert organization is not None and organization.id is not None
        page = await uow.campaigns.page(CampaignListQuery(organization_id=organization.id))
    assert page.total == 0 and not page.organization_has_campaigns
