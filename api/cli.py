"""The `pix` command: serve, migrate, administer, load demo data, write the OpenAPI spec."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from api.settings import ROOT, Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pix", description="Pix libre: service and tools.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the API and both front ends")
    serve.add_argument("--host", default=os.environ.get("PIX_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("PIX_PORT", "8000")))
    serve.add_argument("--workers", type=int, default=int(os.environ.get("PIX_WORKERS", "1")))
    serve.set_defaults(handler=_serve)

    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply every migration").set_defaults(
        handler=_db_upgrade
    )

    admin = commands.add_parser("admin", help="platform administration")
    admin_commands = admin.add_subparsers(dest="admin_command", required=True)
    user = admin_commands.add_parser("create-user", help="create an account")
    user.add_argument("--email", required=True)
    user.add_argument("--first-name", required=True)
    user.add_argument("--last-name", required=True)
    user.add_argument("--password", help="default: $PIX_NEW_PASSWORD, else asked on the terminal")
    user.add_argument("--super-admin", action="store_true", help="platform administrator")
    user.set_defaults(handler=_create_user)
    org = admin_commands.add_parser("create-organization", help="open an organisation's space")
    org.add_argument("--name", required=True)
    org.add_argument("--type", required=True, choices=["SCO", "SUP", "PRO"])
    org.add_argument("--admin-email", required=True, help="an existing account")
    org.add_argument("--logo", help="optional logo: an https:// URL or an image data URI")
    org.set_defaults(handler=_create_organization)

    demo = commands.add_parser(
        "demo",
        help="load demonstration data (idempotent); with --participants, add a large campaign",
    )
    demo.add_argument(
        "--participants",
        type=int,
        help="also create an assessment campaign with this many shared participants",
    )
    demo.add_argument(
        "--campaign-profile",
        choices=("cléa", "clea", "diagnostic"),
        default="cléa",
        help="target profile of that campaign (default: cléa)",
    )
    demo.add_argument("--to-share", type=int, help="finished, not shared (default: 5 %%)")
    demo.add_argument("--started", type=int, help="still answering (default: 5 %%)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    demo.add_argument(
        "--without-campaign",
        action="store_true",
        help="do not create the demo campaign (the organisation starts with none)",
    )
    demo.set_defaults(handler=_demo)
    spec = commands.add_parser("openapi", help="write the OpenAPI spec")
    spec.add_argument("--output", type=Path, default=ROOT / "openapi" / "openapi.json")
    spec.set_defaults(handler=_openapi)

    content = commands.add_parser("content", help="learning content")
    content_commands = content.add_subparsers(dest="content_command", required=True)
    check = content_commands.add_parser("check", help="validate content/ and print the counts")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=_content_check)
    build = content_commands.add_parser("build", help="write the release JSON file")
    build.add_argument("--output", type=Path, help="default: var/content/release-<id>.json")
    build.set_defaults(handler=_content_build)
    load = content_commands.add_parser("import", help="validate and activate a release")
    source = load.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, help="a release built by `content build`")
    source.add_argument("--from-source", action="store_true", help="build content/ and import it")
    load.set_defaults(handler=_content_import)

    _add_optional_commands(commands)
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)


def _add_optional_commands(commands: Any) -> None:
    try:
        from api import cli_simulate
    except ImportError:
        return
    cli_simulate.add_parser(commands)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    Settings()  # fail fast, before forking workers, on a bad configuration
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=False,
        proxy_headers=True,
    )
    return 0


def _db_upgrade(_args: argparse.Namespace) -> int:
    from api.persistence.migrations import upgrade_database

    settings = Settings()
    if settings.database_url.startswith("sqlite"):
        (ROOT / "var").mkdir(exist_ok=True)
    upgrade_database(settings.database_url)
    print("Database schema is up to date.")
    return 0


def _with_container(work: Callable[[Any], Awaitable[int]]) -> int:
    from api.composition import build_container
    from domain.shared.errors import DomainError

    async def run() -> int:
        container = build_container(Settings())
        try:
            return await work(container)
        except DomainError as error:
            print(f"error: {error.detail} ({error.code})", file=sys.stderr)
            for field_error in getattr(error, "errors", []):
                print(f"  {field_error.field}: {field_error.message}", file=sys.stderr)
            return 1
        finally:
            await container.close()

    return asyncio.run(run())


def _create_user(args: argparse.Namespace) -> int:
    from domain.users.use_cases.sign_up import SignUp, sign_up

    password = args.password or os.environ.get("PIX_NEW_PASSWORD") or getpass.getpass()

    async def work(c: Any) -> int:
        user = await sign_up(
            SignUp(
                first_name=args.first_name,
                last_name=args.last_name,
                email=args.email,
                password=password,
                terms_accepted=True,
                is_super_admin=args.super_admin,
            ),
            uow=c.uow(),
            hasher=c.hasher,
            clock=c.clock,
        )
        kind = "platform administrator" if user.is_super_admin else "user"
        print(f"Created {kind} #{user.id} <{user.email}>.")
        return 0

    return _with_container(work)


def _create_organization(args: argparse.Namespace) -> int:
    from domain.organizations.model import OrganizationType
    from domain.organizations.use_cases.create_organization import create_organization

    async def work(c: Any) -> int:
        organization = await create_organization(
            name=args.name,
            type=OrganizationType(args.type),
            admin_email=args.admin_email,
            logo_url=args.logo,
            uow=c.uow(),
            clock=c.clock,
        )
        print(f"Created organisation #{organization.id} {organization.name!r}.")
        return 0

    return _with_container(work)


def _demo(args: argparse.Namespace) -> int:
    from api.demo import DEMO_ORGANIZATION, ensure_demo_campaign, load_demo

    async def work(c: Any) -> int:
        accounts = await load_demo(c)
        print(f"Demo data ready: organisation {DEMO_ORGANIZATION!r} (PRO).")
        for account in accounts:
            print(f"  {account.role:<24} {account.email:<28} password: {account.password}")
        if not args.without_campaign:
            campaign = await ensure_demo_campaign(c)
            if campaign is None:
                print("No demo campaign: import the content first (pix content import).")
            else:
                print(
                    f"Campaign {campaign.name!r}: code {campaign.code} — type it in the learner"
                    f" app, or open /campagnes/{campaign.code}."
                )
        if args.participants:
            from api.demo_campaign import PASSWORD, generate_demo_campaign

            made = await generate_demo_campaign(
                c,
                participants=args.participants,
                profile=args.campaign_profile,
                to_share=args.to_share,
                started=args.started,
                seed=args.seed,
                progress=lambda line: print(f"  {line}", file=sys.stderr, flush=True),
            )
            print(
                f"Campaign #{made.campaign.id} {made.campaign.name!r} code {made.campaign.code}: "
                f"{made.shared} shared, {made.to_share} to share, {made.started} started, "
                f"{made.answers} answers, {made.knowledge_elements} knowledge elements "
                f"in {made.seconds:.1f} s (participants' password: {PASSWORD})."
            )
        return 0

    return _with_container(work)


def _content_check(args: argparse.Namespace) -> int:
    from api.content.catalog import check_source, summary

    checked = check_source()
    report = {**summary(checked.content), "problems": [str(p) for p in checked.problems]}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for key, value in report.items():
            if key not in ("per_competence", "problems"):
                print(f"{key:>22}: {value}")
        for index, counts in report["per_competence"].items():
            print(f"{index:>22}: {counts}")
        for problem in checked.problems:
            print(f"PROBLEM {problem}")
        print(f"{len(checked.problems)} problem(s)")
    return 1 if checked.problems else 0


def _content_build(args: argparse.Namespace) -> int:
    from api.content.catalog import check_source
    from api.content.release import release_bytes

    checked = check_source()
    if checked.problems:
        for problem in checked.problems:
            print(f"PROBLEM {problem}", file=sys.stderr)
        print(f"{len(checked.problems)} problem(s): no release written", file=sys.stderr)
        return 1
    release_id = checked.release["release_id"]
    output = args.output or ROOT / "var" / "content" / f"release-{release_id}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(release_bytes(checked.release))
    print(f"Wrote release {release_id} to {output}.")
    return 0


def _content_import(args: argparse.Namespace) -> int:
    from api.content.catalog import check_release, check_source
    from api.content.release import release_bytes
    from domain.learning_content.use_cases.import_release import import_release

    if args.from_source:
        checked = check_source()
        document, content, problems = checked.release, checked.content, checked.problems
    else:
        document = json.loads(args.file.read_text(encoding="utf-8"))
        content, problems = check_release(document)

    async def work(c: Any) -> int:
        if content is None:
            from domain.learning_content.errors import InvalidContentReleaseError

            raise InvalidContentReleaseError(problems)
        await import_release(
            content, release_bytes(document).decode(), problems, uow=c.uow(), clock=c.clock
        )
        print(f"Release {content.release_id} is active.")
        return 0

    code = _with_container(work)
    if code:
        for problem in problems:
            print(f"PROBLEM {problem}", file=sys.stderr)
    return code


def _openapi(args: argparse.Namespace) -> int:
    from api.app import create_app

    spec = create_app(Settings()).openapi()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Wrote {args.output}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
