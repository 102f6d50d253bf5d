"""Does Korean search find the right page? Prints figures; asserts nothing.

    uv run python benchmarks/korean_search.py

Builds the site, serves it on 127.0.0.1, and types each query below into the search box of
a Korean page in Debian's headless Chromium. A query is found when one of the pages it
should lead to is among the first five pages listed (Material lists each page with its
matching sections under it). The queries are what Korean developers
type about the guide's topics: the guide's own words, words with particles, compounds,
and the other words the glossary lists (for those, the glossary's entry is a right page:
it links the chapter).
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
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        with Server(root) as server:
            url, _, _ = build_version(root, server.url, mkdocs_config())
            has_glossary = (
                root / url.removeprefix(server.url) / GLOSSARY
            ).exists()
            driver = start_chrome(Path(tmp) / "profile")
            try:
                driver.get(url + "cancellation/")
                found, missed = 0, []
                for query, answers in QUERIES:
                    # the first five pages shown (a page's sections follow it)
                    pages = [
                        link.removeprefix(url).split("?")[0].split("#")[0]
                        for link in search(driver, query)
                    ]
                    top = list(dict.fromkeys(pages))[:5]
                    if any(a in top for a in answers):
                        found += 1
                    else:
                        missed.append((query, answers, top))
            finally:
                driver.quit()
    print(
        f"{found}/{len(QUERIES)} Korean queries find a right page in the top five"
        f" (glossary page: {'yes' if has_glossary else 'no'};"
        f" {len(glossary.terms())} terms listed)"
    )
    for query, answers, top in missed:
        print(f"  missed {query!r}: wanted {answers}, got {top or 'nothing'}")


if __name__ == "__main__":
    main()
