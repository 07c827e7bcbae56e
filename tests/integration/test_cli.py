"""The `pix` command, run as an operator would, against the test database."""

from __future__ import annotations

import os
import subprocess
import sys

from api.composition import Container
from api.demo import DEMO_ACCOUNTS, DEMO_ORGANIZATION
from api.settings import ROOT


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
