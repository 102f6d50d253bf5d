"""The guide's vocabulary (glossary.toml, guide.build.glossary): the Korean text uses one term
per concept, and the glossary page lists every term with its other words."""

from __future__ import annotations

import re

import pytest

from guide.build import glossary
from guide.build.text import TEXT


def test_the_korean_text_uses_the_glossary_terms():
    problems = glossary.variants()
    assert not problems, "another word than the glossary's:\n" + "\n".join(
        problems
    )


PLANTED = """# 제목

커넥션을 닫습니다.
`커넥션` 은 코드이고, [링크](cleanup.md#커넥션) 대상도 아닙니다.
무기한 기다리지 않습니다.

```python
connection = "커넥션"
```
"""


def test_a_planted_variant_is_reported_with_its_line_and_the_term():
    assert glossary.variants([("docs/ko/planted.md", PLANTED)]) == [
        "docs/ko/planted.md:3: '커넥션' -> use '연결' (connection)"
    ]


def test_a_variant_is_matched_at_the_start_of_a_word_only():
    text = (
        "마감 기한을 넘깁니다. 무기한입니다. PID와 identity. id를 출력합니다."
    )
    assert glossary.variants([("x.md", text)]) == [
        "x.md:1: '기한' -> use '마감 시각' (deadline)",
        "x.md:1: 'id' -> use 'ID' (ID)",
    ]


def test_a_variant_broken_across_two_lines_is_reported_once():
    text = "Ctrl-C를 눌렀는데 멈춰\n버리는 서버\n"
    assert glossary.variants([("x.md", text)]) == [
        "x.md:1: '멈춰 버' -> use '끝나지 않음' (hang)"
    ]


def test_a_term_that_is_also_listed_as_another_word_is_refused():
    broken = (
        '[[term]]\nen = "connection"\nko = "연결"\nsearch = ["연결"]\n'
        'chapter = "cleanup.md"\n'
    )
    with pytest.raises(ValueError, match="both the term and another word"):
        glossary.terms(broken)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_page_has_an_entry_per_term_with_its_other_words(lang):
    page = glossary.page(lang)
    for term in glossary.terms():
        heading = f"### {term.ko if lang == 'ko' else term.en}"
        assert heading in page
        entry = page.split(heading, 1)[1].split("\n### ", 1)[0]
        for word in term.search:
            assert word in entry
        for word in term.refuse:  # the check's own patterns are not shown
            assert word not in entry, (term.en, word)
        assert f"]({term.chapter})" in page


def test_the_build_writes_the_same_sentences_in_both_languages():
    assert TEXT["ko"].keys() == TEXT["en"].keys()
    for key, english in TEXT["en"].items():
        fields = set(re.findall(r"\{(\w+)\}", english))
        assert set(re.findall(r"\{(\w+)\}", TEXT["ko"][key])) == fields, key


def test_a_rejected_word_in_any_sentence_of_the_build_is_reported(monkeypatch):
    term = next(t for t in glossary.terms() if t.search)
    monkeypatch.setitem(TEXT["ko"], "missing", f"{term.search[0]} 없음")
    found = glossary.variants()
    assert any("TEXT['ko']['missing']" in p for p in found), found


def test_the_old_others_key_is_refused():
    old = (
        '[[term]]\nen = "connection"\nko = "연결"\nothers = ["커넥션"]\n'
        'chapter = "cleanup.md"\n'
    )
    with pytest.raises(ValueError, match="unknown keys"):
        glossary.terms(old)


# A particle or an ending belongs to the word before it; at the start of a line,
# Markdown joins it to the previous line with a space: "... `running`) 뿐입니다".
# (뿐 after a verb, "정할 뿐이고", is a word of its own: only after code or a bracket.)
_DETACHED = re.compile(
    r"(?<=[^\s가-힣])\n[ \t>]*뿐"
    r"|^[ \t>]*(?:입니다|을|를|은|는|의|와|과|로|으로|에서|에게|까지|부터|처럼|보다)"
    r"(?=[\s.,)]|$)",
    re.M,
)


def test_no_korean_line_starts_with_the_particle_of_the_line_before():
    found = [
        f"{name}: {m.group(0).strip()!r}"
        for name, text in glossary.korean_texts()
        for m in _DETACHED.finditer(text)
    ]
    assert not found, "join it to the word before it:\n" + "\n".join(found)


def test_a_detached_particle_is_found():
    assert _DETACHED.findall("두 개(`still running`)\n  뿐입니다.\n")
    assert _DETACHED.findall("`close()`\n를 부릅니다")
    assert not _DETACHED.findall(
        "두 개(`still running`)뿐입니다.\n이 경고는\n"
    )
    assert not _DETACHED.findall("조건을 정할\n  뿐이고, 의미가 있습니다")
