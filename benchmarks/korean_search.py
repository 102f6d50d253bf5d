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

# Written as readers write them (a problem described, English and Korean mixed, a
# transliteration, an error pasted), none of them used to tune the site: the figures
# for these show how search does on what it was not fitted to.
READERS = [
    ("무중단 배포 요청 유실", ["production/", "kubernetes/"]),
    ("쉴드", ["cleanup/"]),
    ("async generator finally 실행 안 됨", ["deep_cuts/"]),
    ("Ctrl+C 눌러도 안 꺼짐", ["signals/"]),
    ("컨트롤 C 두번 눌러야 종료", ["signals/"]),
    ("도커 컨테이너 SIGTERM 무시", ["containers/"]),
    ("docker stop 10초 걸림", ["containers/"]),
    ("쿠버네티스 파드 종료 시 요청 실패", ["kubernetes/", "production/"]),
    ("preStop 훅 sleep", ["kubernetes/"]),
    ("uvicorn 종료 안 됨", ["uvicorn/"]),
    ("FastAPI lifespan 종료", ["uvicorn/"]),
    ("gunicorn graceful timeout", ["uvicorn/"]),
    ("subprocess 좀비", ["subprocesses/"]),
    ("자식 프로세스 안 죽음", ["subprocesses/"]),
    ("웹소켓 종료 코드 1001", ["streams/"]),
    ("SSE 연결 끊김 재연결", ["streams/"]),
    ("asyncio 멈춤 디버깅", ["debugging/"]),
    ("py-spy dump", ["debugging/"]),
    ("faulthandler 스택 덤프", ["debugging/"]),
    ("트랜잭션 롤백 안 됨 취소", ["postgres/"]),
    ("asyncpg 풀 close 멈춤", ["postgres/"]),
    ("DB 커넥션 반납 안 됨", ["cleanup/", "postgres/"]),
    ("태스크 가비지 컬렉션 사라짐", ["structured/"]),
    ("create_task 참조 유지", ["structured/", "task_in_handler/"]),
    ("gather 하나 실패하면 나머지", ["structured/"]),
    ("TaskGroup 예외 처리", ["structured/"]),
    ("wait_for 타임아웃 취소 안 됨", ["timeouts/"]),
    ("asyncio.timeout 3.10 대안", ["timeouts/"]),
    ("스레드 풀 종료 대기", ["executors/"]),
    ("run_in_executor 취소 안 됨", ["executors/"]),
    ("CancelledError 잡으면 안 되는 이유", ["cancellation/"]),
    ("except Exception CancelledError", ["cancellation/"]),
    ("pytest 취소 테스트", ["testing/"]),
    ("주피터 asyncio.run 에러", ["jupyter/"]),
    (
        "RuntimeError: asyncio.run() cannot be called from a running event loop",
        ["jupyter/"],
    ),
    ("trio 취소 범위", ["anyio/"]),
    ("aiohttp shutdown_timeout", ["production/"]),
    ("레디니스 프로브 실패", ["production/", "kubernetes/"]),
    ("종료 코드 143", ["containers/", "signals/", "production/"]),
    ("exit code 137 SIGKILL", ["production/", "containers/"]),
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
    # gunicorn's log line, pasted from a real log (a real pid)
    (
        "[ERROR] Worker (pid:4242) was sent SIGKILL! Perhaps out of memory?",
        ["uvicorn/"],
    ),
    ("Worker was sent SIGKILL", ["uvicorn/"]),
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


def run(
    language_prefix: str,
    queries: list,
    errors: list,
    start: str,
    readers_too: bool = False,
):
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
                readers = ranks(driver, url, READERS) if readers_too else []
            finally:
                driver.quit()
    return has_glossary, words, pasted, readers


def main() -> None:
    has_glossary, words, pasted, readers = run(
        "", QUERIES, ERRORS, "cancellation/", readers_too=True
    )
    report(
        f"Korean queries (glossary page: {'yes' if has_glossary else 'no'};"
        f" {len(glossary.terms())} terms listed)",
        words,
    )
    print()
    report("error lines pasted into the Korean pages' search", pasted, 3)
    print()
    report("readers' own queries (not used to tune search)", readers)


if __name__ == "__main__":
    main()
