"""Does Korean search find the right page? Prints figures; asserts nothing.

    uv run python benchmarks/korean_search.py

Builds the site, serves it on 127.0.0.1, and types each query below into the search box of
a Korean page in Debian's headless Chromium. A query is found when one of the pages it
should lead to is among the first five pages listed (Material lists each page with its
matching sections under it); each query's line gives the rank of the first right page.
The queries are what Korean developers type about the guide's topics: the guide's own
words, words with particles, compounds, the other words the glossary lists (for those,
the glossary's entry is a right page: it links the chapter), and the error and warning
lines the examples print, pasted as a reader finds them in a terminal
(``benchmarks/english_search.py`` types the same lines on the English pages).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from guide.build import glossary
from guide.testing.browser import (
    Server,
    build_version,
    mkdocs_config,
    search,
    start_chrome,
)

GLOSSARY = "glossary/"
TOP = 5

# (query, the pages that answer it)
QUERIES = [
    ("취소", ["cancellation/"]),
    ("작업 취소", ["cancellation/"]),
    ("태스크 취소", ["cancellation/"]),
    ("작업취소", ["cancellation/", GLOSSARY]),
    ("CancelledError 삼키기", ["cancellation/"]),
    ("uncancel", ["cancellation/"]),
    ("연결 누수", ["cleanup/"]),
    ("커넥션 누수", ["cleanup/", GLOSSARY]),
    ("레디스", ["cleanup/", GLOSSARY]),
    ("shield", ["cleanup/"]),
    ("Task was destroyed", ["task_in_handler/"]),
    ("태스크 파괴", ["task_in_handler/"]),
    ("에코 서버", ["task_in_handler/"]),
    ("run_in_executor", ["executors/"]),
    ("스레드 종료", ["executors/"]),
    ("쓰레드", ["executors/", GLOSSARY]),
    ("실행기", ["executors/", GLOSSARY]),
    ("우아한 종료", ["signals/", GLOSSARY]),
    ("그레이스풀 셧다운", ["signals/", GLOSSARY]),
    ("SIGTERM", ["signals/"]),
    ("시그널 핸들러", ["signals/"]),
    ("신호 처리", ["signals/", GLOSSARY]),
    ("Ctrl-C 두 번", ["signals/", "executors/"]),
    ("타임아웃", ["timeouts/"]),
    ("시간 초과", ["timeouts/", GLOSSARY]),
    ("데드라인", ["timeouts/", GLOSSARY]),
    ("wait_for", ["timeouts/"]),
    ("태스크 그룹", ["structured/"]),
    ("구조화된 동시성", ["structured/", GLOSSARY]),
    ("약한 참조", ["structured/"]),
    ("가비지 컬렉션", ["structured/", GLOSSARY]),
    ("비동기 제너레이터", ["deep_cuts/"]),
    ("취소 테스트", ["testing/"]),
    ("주피터", ["jupyter/", GLOSSARY]),
    ("주피터 노트북", ["jupyter/", GLOSSARY]),
    ("이벤트루프", ["signals/", GLOSSARY]),
    ("드레인", ["signals/"]),
    # the glossary's other words, meant as the chapters' words (not only the entry)
    ("커넥션 누수 cleanup", ["cleanup/"]),
    ("커넥션 누수 PostgreSQL", ["postgres/"]),
    ("커넥션 풀", ["postgres/", "cleanup/"]),
    ("캔슬 메시지", ["cancellation/"]),
    ("셧다운 시그널", ["signals/"]),
]

# An error or warning line an example prints, pasted; (line, the page showing it).
# The same in both languages: search is per language, the message is not translated.
ERRORS = [
    # shown and explained on five pages: the chapter about it, the debugging
    # chapter's section named after it, and the one about keeping references
    (
        "Task was destroyed but it is pending!",
        ["task_in_handler/", "debugging/", "structured/"],
    ),
    (
        "RuntimeError: Event loop stopped before Future completed.",
        ["signals/"],
    ),
    ("Event loop stopped before Future completed", ["signals/"]),
    (
        "psycopg.errors.InFailedSqlTransaction: current transaction is "
        "aborted, commands ignored until end of transaction block",
        ["postgres/"],
    ),
    ("current transaction is aborted", ["postgres/"]),
    ("Task exception was never retrieved", ["structured/", "cleanup/"]),
    ("Exception ignored while closing generator", ["signals/"]),
    ("ValueError: Set of Tasks/Futures is empty.", ["signals/"]),
    (
        "RuntimeError: There is no current event loop in thread 'MainThread'.",
        ["signals/"],
    ),
    (
        "RuntimeWarning: The executor did not finishing joining its "
        "threads within 300 seconds.",
        ["executors/"],
    ),
    ("Exception ignored on threading shutdown:", ["executors/"]),
    ("Resetting connection with an active transaction", ["postgres/"]),
    (
        "Exception in callback StreamReaderProtocol.connection_made."
        "<locals>.callback",
        ["task_in_handler/", "signals/"],
    ),
    ("AssertionError: the connection was not released", ["testing/"]),
]


def ranks(driver, url: str, queries: list) -> list[tuple[str, list, list]]:
    """``(query, answers, pages listed)`` for each query, typed on the page loaded."""
    rows = []
    for query, answers in queries:
        # the pages in the order shown (a page's sections follow it)
        pages = [
            link.removeprefix(url).split("?")[0].split("#")[0]
            for link in search(driver, query)
        ]
        rows.append((query, answers, list(dict.fromkeys(pages))))
    return rows


def rank(answers: list, pages: list) -> int | None:
    """The rank (1 = first) of the first right page listed, or None."""
    found = [pages.index(a) + 1 for a in answers if a in pages]
    return min(found) if found else None


def report(title: str, rows: list, top: int = TOP) -> int:
    """Print one line per query, the rank of its first right page; the count found."""
    found = sum(
        1 for _, a, pages in rows if (rank(a, pages) or top + 1) <= top
    )
    print(f"{title}: {found}/{len(rows)} find a right page in the top {top}")
    for query, answers, pages in rows:
        at = rank(answers, pages)
        mark = " " if at and at <= top else "!"
        got = "" if at and at <= top else f"  got {pages[:top] or 'nothing'}"
        page = pages[at - 1] if at else answers[0]
        print(f" {mark} {at or '-':>3}  {query[:60]!r} -> {page}{got}")
    return found


def run(language_prefix: str, queries: list, errors: list, start: str):
    """Build, serve, search ``queries`` and ``errors`` on the pages of one language."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        with Server(root) as server:
            url, _, _ = build_version(root, server.url, mkdocs_config())
            url += language_prefix
            has_glossary = (
                root / url.removeprefix(server.url) / GLOSSARY
            ).exists()
            driver = start_chrome(Path(tmp) / "profile")
            try:
                driver.get(url + start)
                words = ranks(driver, url, queries)
                pasted = ranks(driver, url, errors)
            finally:
                driver.quit()
    return has_glossary, words, pasted


def main() -> None:
    has_glossary, words, pasted = run("", QUERIES, ERRORS, "cancellation/")
    report(
        f"Korean queries (glossary page: {'yes' if has_glossary else 'no'};"
        f" {len(glossary.terms())} terms listed)",
        words,
    )
    print()
    report("error lines pasted into the Korean pages' search", pasted, 3)


if __name__ == "__main__":
    main()
