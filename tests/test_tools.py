"""The versions pages name: the system tools installed are those tools.toml records,
the build's ``{{ version ... }}`` answers what the lock installs, and no page types a
version the lock or tools.toml holds (it would go stale when either changes)."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys

import pytest

from guide.build import versions
from guide.core.paths import DOCS, EXPLANATIONS, ROOT, rel
from guide.core.pythons import running_python
from guide.testing.plugin import missing
from guide.testing.servers import postgres_programs

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def _run(*argv: str) -> str | None:
    if shutil.which(argv[0]) is None:
        return None
    done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    return done.stdout + done.stderr


def _postgres() -> str | None:
    programs = postgres_programs()
    return _run(str(programs / "postgres"), "--version") if programs else None


# How to ask each tool its version, and where the version is in its answer.
ASK = {
    "postgresql": (_postgres, r"\(PostgreSQL\) (\S+)"),
    "redis-server": (lambda: _run("redis-server", "--version"), r"v=(\S+)"),
    "tini": (lambda: _run("tini", "--version"), r"tini version (\S+)"),
    "dash": (
        lambda: _run("dpkg-query", "-W", "-f", "${Version}", "dash"),
        r"^(?:\d+:)?([\d.]+)",
    ),
    "util-linux": (
        lambda: _run("unshare", "--version"),
        r"util-linux (\S+)",
    ),
}


def test_every_recorded_tool_is_asked():
    assert sorted(ASK) == sorted(versions.tools())


@pytest.mark.parametrize("tool", sorted(versions.tools()))
def test_installed_tool_is_the_recorded_version(tool):
    ask, pattern = ASK[tool]
    answer = ask()
    if answer is None:
        missing(f"{tool} is not installed here: cannot check its version")
    found = re.search(pattern, answer, re.M)
    assert found, f"{tool} answered {answer!r}"
    recorded = versions.tools()[tool]
    # the record names a release series (PostgreSQL "15") or an exact release
    assert found.group(1).split(".")[: recorded.count(".") + 1] == (
        recorded.split(".")
    ), (
        f"{tool} {found.group(1)} is installed, tools.toml records {recorded}: "
        "record the outputs again, read them, then change tools.toml"
    )


def test_the_lock_gives_the_installed_versions():
    release = running_python()
    for package in ("aiohttp", "asyncpg", "uvicorn", "websockets"):
        installed = importlib.metadata.version(package)
        assert versions.version(package, release) == installed, package


def test_a_placeholder_names_the_documented_pythons_version():
    text = "aiohttp {{ version aiohttp }}, tini {{ version tini }}"
    for minor, python in versions.BY_MINOR.items():
        shown = versions.expand(text, minor)
        assert shown == (
            f"aiohttp {versions.version('aiohttp', python.patch)}, tini "
            f"{versions.tools()['tini']}"
        )
    assert "{{" not in shown
    with pytest.raises(ValueError, match="neither a locked package"):
        versions.expand("{{ version no-such-tool }}", minor)


def test_a_release_placeholder_names_the_recorded_patch_on_every_site():
    listed = tomllib.loads((ROOT / "pythons.toml").read_text(encoding="utf-8"))
    text = ", ".join(
        f"{{{{ release {p['minor']} }}}}" for p in listed["python"]
    )
    for python in listed["python"]:
        assert versions.expand(text, python["minor"]) == ", ".join(
            p["patch"] for p in listed["python"]
        )
    with pytest.raises(ValueError, match="not listed"):
        versions.expand("{{ release 2.7 }}", python["minor"])


def _typed(text: str) -> list[str]:
    """Versions typed after a package's or tool's name that the lock or tools.toml
    holds for it ("aiohttp 3.14.5")."""
    names = {n: [v for v, _ in vs] for n, vs in versions.locked().items()}
    names.update({n: [v] for n, v in versions.tools().items()})
    names["redis-py"] = names["redis"]
    names["Redis"] = names["redis-server"]
    found = []
    for name, held in names.items():
        pattern = rf"(?<![0-9A-Za-z_.-]){re.escape(name)}\s+v?(\d+(?:\.\d+)*)(?![0-9A-Za-z_]|\.\d)"
        for m in re.finditer(pattern, text, re.I):
            if m.group(1) in held:
                found.append(m.group(0))
    return found


def test_typed_versions_are_found():
    aiohttp = versions.locked()["aiohttp"][0][0]
    postgresql = versions.tools()["postgresql"]
    text = f"printed with aiohttp {aiohttp} and PostgreSQL {postgresql}."
    assert _typed(text) == [f"aiohttp {aiohttp}", f"PostgreSQL {postgresql}"]
    assert _typed(f"aiohttp {aiohttp}에서") == [f"aiohttp {aiohttp}"]
    assert _typed("fixed in redis-py 0.0.1, since PostgreSQL 1") == []


PAGES = sorted(
    [
        *DOCS.glob("*/*.md"),
        *DOCS.glob("*/*.ipynb"),
        *EXPLANATIONS.glob("*.toml"),
    ]
)


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_pages_type_no_version_that_can_go_stale(page):
    typed = _typed(page.read_text(encoding="utf-8"))
    assert not typed, (
        f"{rel(page)} types {typed}: write {{{{ version <name> }}}} instead, "
        "which the build fills in from uv.lock or tools.toml"
    )


# Korean particles that depend on the last sound of the word before them: after a
# version the build fills in, they would be right for one version and wrong for the next.
_PARTICLE = re.compile(
    r"\{\{ (?:version|release) [^}]*\}\}(?:과|와|으로|로|이|가|을|를|은|는)(?![가-힣])"
)


@pytest.mark.parametrize("page", sorted(DOCS.glob("ko/*.md")), ids=rel)
def test_no_particle_that_depends_on_a_version_follows_one(page):
    found = _PARTICLE.findall(page.read_text(encoding="utf-8"))
    assert not found, f"{rel(page)}: {found}: write 에서, 의, or a comma"


def test_a_particle_after_a_version_is_found():
    assert _PARTICLE.findall("aiohttp {{ version aiohttp }}로 얻었습니다")
    assert _PARTICLE.findall("{{ release 3.12 }}은 기다립니다")
    assert not _PARTICLE.findall(
        "aiohttp {{ version aiohttp }}에서 얻었습니다"
    )
    assert not _PARTICLE.findall("{{ release 3.12 }}에서는 기다립니다")
