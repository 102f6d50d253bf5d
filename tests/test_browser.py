"""The built site in a real browser, Debian's headless Chromium: every page loads without a
console error and asks nothing of another host; the language switcher, the copy button and
search work as a reader uses them; screenshots land in test-results/screenshots/.

``uv run pytest tests/test_browser.py``. To run the checks against another config (a copy
with something broken, say): ``BROWSER_TESTS_MKDOCS_CONFIG=/tmp/copy/mkdocs.yml``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from guide.core.example import Example, embedded
from guide.core.paths import (
    ROOT,
    in_language,
    language_of_url,
    url_prefix,
)
from guide.core.pythons import LATEST
from guide.testing.browser import (
    page_paths,
    skip_without_chromium,
)
from guide.testing.browser_fixtures import PAGE_FACTS, WAIT, Site, Visit, visit

skip_without_chromium()

# The page the switcher, copy and screenshot checks use.
CHAPTER = "cancellation/"
SCREENSHOTS = ROOT / "test-results" / "screenshots"
HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture(scope="session")
def every_page(site, browser) -> dict[str, tuple[Visit, dict]]:
    """Every built page, both languages, loaded once, as on a phone 390 px wide (what
    a visit checks does not depend on the width): the visit, and what the phone
    checks found there (``on_a_phone``)."""
    metrics = {**DEVICES["phone"], "mobile": True}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    found = {}
    try:
        for path in page_paths(site.folder):
            seen = visit(browser, site.url + path)
            found[path] = (
                seen,
                {
                    "broken": browser.execute_script(_BROKEN_WORDS),
                    "italic": browser.execute_script(_HANGUL_ITALIC),
                    "too wide": browser.execute_script(_TOO_WIDE),
                    "cut tabs": browser.execute_script(_CUT_TABS),
                },
            )
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return found


@pytest.fixture(scope="session")
def visits(every_page) -> dict[str, Visit]:
    """``{"en/cancellation/": Visit}``."""
    return {path: seen for path, (seen, _) in every_page.items()}


@pytest.fixture(scope="session")
def on_a_phone(every_page) -> dict[str, dict]:
    """Every page at 390 px: the Hangul words broken in links, the Hangul set in
    italics, what sticks out of the screen and the tab strips cut, by page."""
    return {path: checks for path, (_, checks) in every_page.items()}


def test_every_page_of_both_languages_is_visited(visits):
    english = [p for p in visits if language_of_url(p) == "en"]
    korean = [p for p in visits if language_of_url(p) == "ko"]
    assert url_prefix("ko") in korean and url_prefix("en") in english
    assert in_language(CHAPTER, "ko") in korean
    assert in_language(CHAPTER, "en") in english


def test_no_console_errors(visits):
    errors = {path or "/": v.errors for path, v in visits.items() if v.errors}
    assert not errors, json.dumps(errors, indent=1, ensure_ascii=False)


def test_no_request_leaves_the_local_server(site, visits):
    elsewhere = {
        path or "/": sorted(
            {
                url
                for url in v.requests
                if urlsplit(url).scheme not in ("data", "blob", "about")
                and urlsplit(url)[:2] != urlsplit(site.url)[:2]
            }
        )
        for path, v in visits.items()
    }
    elsewhere = {path: urls for path, urls in elsewhere.items() if urls}
    assert not elsewhere, json.dumps(elsewhere, indent=1)


def other_language(path: str) -> tuple[str, str]:
    """(language, path) of the same page in the other language."""
    other = "ko" if language_of_url(path) == "en" else "en"
    return other, in_language(path, other)


def test_language_links_lead_to_the_same_page(site, visits):
    wrong = {}
    for path, v in visits.items():
        if path == "404.html":  # no page of its own in the other language
            continue
        language, counterpart = other_language(path)
        expected = {
            v.lang: site.url + path,
            language: site.url + counterpart,
        }
        if counterpart not in visits or v.languages != expected:
            wrong[path or "/"] = {"expected": expected, "found": v.languages}
    assert not wrong, json.dumps(wrong, indent=1)


@pytest.mark.parametrize(
    "path", [url_prefix(lang) + CHAPTER for lang in ("ko", "en")]
)
def test_language_switcher_switches_the_page(site, browser, path):
    before = visit(browser, site.url + path)
    language, counterpart = other_language(path)
    selector = browser.find_element(By.CSS_SELECTOR, ".md-header .md-select")
    ActionChains(browser).move_to_element(selector).perform()  # opens it
    link = browser.find_element(
        By.CSS_SELECTOR, f".md-header .md-select__link[hreflang={language}]"
    )
    WebDriverWait(browser, WAIT).until(lambda d: link.is_displayed())
    link.click()
    WebDriverWait(browser, WAIT).until(
        lambda d: (
            d.current_url == site.url + counterpart
            and d.execute_script("return document.readyState") == "complete"
        )
    )
    after = browser.execute_script(PAGE_FACTS)
    assert before.lang != language == after["lang"]
    assert after["h1"] != before.h1
    for lang, h1 in ((before.lang, before.h1), (after["lang"], after["h1"])):
        assert bool(HANGUL.search(h1)) == (lang == "ko"), h1


# Every titled code block: its title, how many blocks before it have the same
# title, and its copy button if a reader can see it (not in a hidden tab).
_COPY_BUTTONS = """
const seen = {};
return [...document.querySelectorAll(".md-content .highlight")].map(block => {
  const title = block.querySelector(":scope > .filename");
  const button = block.querySelector("[data-clipboard-target]");
  if (!title) return null;
  const name = title.textContent.trim();
  seen[name] = (seen[name] || 0) + 1;
  const shown = button && button.getClientRects().length ? button : null;
  return {title: name, nth: seen[name] - 1, button: shown};
}).filter(b => b && b.button);
"""

_READ_CLIPBOARD = """
const done = arguments[arguments.length - 1];
navigator.clipboard.readText().then(done, e => done("clipboard error: " + e));
"""

_WRITE_CLIPBOARD = """
const done = arguments[arguments.length - 1];
navigator.clipboard.writeText(arguments[0]).then(done, done);
"""


def read_clipboard(driver) -> str | None:
    text = driver.execute_async_script(_READ_CLIPBOARD)
    return None if text == "nothing copied yet" else text


@pytest.mark.parametrize("language", ["ko", "en"])
def test_copy_button_copies_the_snippet_file(site, browser, language):
    """What a reader copies is the file, with the outputs of the Python the page
    documents (the latest here) as its #> lines."""
    page = url_prefix(language) + CHAPTER
    markdown = site.project / "docs" / language / (CHAPTER.strip("/") + ".md")
    shown = {
        Path(name).name: Example(site.project / name)
        for name in embedded(markdown.read_text(encoding="utf-8"))
    }
    visit(browser, site.url + page)
    checked, wrong = [], {}
    for block in browser.execute_script(_COPY_BUTTONS):
        output = shown.get(block["title"])
        if output is None:
            continue  # an output block, titled with the Pythons that printed it
        browser.execute_async_script(_WRITE_CLIPBOARD, "nothing copied yet")
        block["button"].click()
        copied = WebDriverWait(browser, WAIT).until(read_clipboard)
        checked.append(output)
        expected = (
            output.snippet.read_text(encoding="utf-8")
            if output.is_process
            else output.expected(LATEST)
        )
        if copied != expected.rstrip("\n"):
            wrong[output.name] = copied
    in_process = [o for o in checked if not o.is_process]
    assert in_process, f"no in-process snippet with a copy button on /{page}"
    assert not wrong, json.dumps(wrong, indent=1, ensure_ascii=False)


DEVICES = {
    "desktop": {"width": 1280, "height": 800, "deviceScaleFactor": 1},
    "phone": {"width": 390, "height": 844, "deviceScaleFactor": 2},
}
# A tab label cut short (ellipsis) or a strip that does not fit its box.
_CUT_TABS = """
const cut = [];
for (const strip of document.querySelectorAll(".tabbed-labels")) {
  if (strip.scrollWidth > strip.clientWidth + 1)
    cut.push(`strip ${strip.textContent.trim().slice(0, 60)}`);
  for (const label of strip.querySelectorAll("label"))
    if (label.scrollWidth > label.clientWidth + 1)
      cut.push(`label ${label.textContent.trim()}`);
}
return cut;
"""


def pages_with(site: Site, needle: str) -> list[str]:
    return [
        p
        for p in page_paths(site.folder)
        if p.endswith("/")
        and needle in (site.folder / p / "index.html").read_text("utf-8")
    ]


def test_no_tab_strip_is_cut_on_a_phone(site, on_a_phone):
    pages = pages_with(site, 'class="tabbed-labels')
    assert pages, "no page has tabs: this test would test nothing"
    assert set(pages) <= set(on_a_phone)
    assert not _found(on_a_phone, "cut tabs")


def test_no_tab_strip_is_cut_on_a_desktop(site, browser):
    pages = pages_with(site, 'class="tabbed-labels')
    assert pages, "no page has tabs: this test would test nothing"
    browser.set_window_size(1280, 900)
    cut = {}
    for path in pages:
        browser.get(site.url + path)
        cut[path] = browser.execute_script(_CUT_TABS)
    assert not {p: c for p, c in cut.items() if c}


PHONE_SCREEN = 844  # CSS pixels: a phone 390 px wide shows about this much


@pytest.mark.parametrize("language", ["ko", "en"])
def test_what_changed_reads_in_ten_phone_screens(site, browser, language):
    path = "changes/" if language == "ko" else "en/changes/"
    browser.set_window_size(390, 844)
    try:
        browser.get(site.url + path)
        inner = PHONE_SCREEN
        height = browser.execute_script(
            "return document.documentElement.scrollHeight"
        )
        assert height <= 10 * inner, (
            f"{height} px: {height / inner:.1f} screens"
        )
    finally:
        browser.set_window_size(1280, 900)


def test_what_changed_diffs_do_not_wrap_and_are_named(site, browser):
    browser.set_window_size(1280, 900)
    browser.get(site.url + "en/changes/")
    found = browser.execute_script(
        """
        document.querySelectorAll("details").forEach(d => d.open = true);
        return [...document.querySelectorAll('[role="group"]')].map(g => [
          g.getAttribute("aria-label") || "",
          getComputedStyle(g.querySelector("pre > code")).whiteSpace,
        ]);
        """
    )
    assert found
    for label, white_space in found:
        assert re.search(r"Python \d+\.\d+\.\d+", label), label
        assert white_space == "pre", (label, white_space)


SCHEMES = {"light": "default", "dark": "slate"}

_BACKGROUND_LUMINANCE = """
const [r, g, b] = getComputedStyle(document.body).backgroundColor
  .match(/\\d+/g).map(Number);
return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
"""

# Resolves once two frames have passed with no animation running (what a
# scroll sets off, the header's title cross-fade, starts a frame or two later).
_SETTLE_ANIMATIONS = """
const done = arguments[arguments.length - 1];
const frame = () => new Promise(r => requestAnimationFrame(() => r()));
const running = () => document.getAnimations().filter(a => a.playState === "running");
// an animation's end, or its planned end: one whose subtree is not rendered (a closed
// <details>) may never report it
const ended = a => Promise.race([
  a.finished.catch(() => null),
  new Promise(r => setTimeout(r, 50 + Math.max(0,
    a.effect.getComputedTiming().endTime - (a.currentTime || 0)))),
]);
(async () => {
  for (await frame(), await frame(); running().length; await frame(), await frame())
    await Promise.all(running().map(ended));
  done(true);
})();
"""


# What sticks out of the screen on the right, unless inside a box of its own
# that scrolls sideways (code blocks, Material's table wrapper, tab labels).
_TOO_WIDE = """
const width = document.documentElement.clientWidth, found = [];
const scrolls = el => ["auto", "scroll"].includes(getComputedStyle(el).overflowX)
  && el.getBoundingClientRect().right <= width + 1;
for (const el of document.querySelectorAll(".md-content *")) {
  const right = el.getBoundingClientRect().right;
  if (right <= width + 1) continue;
  let box = el.parentElement;
  while (box && !box.matches(".md-content") && !scrolls(box)) box = box.parentElement;
  if (!box || box.matches(".md-content"))
    found.push(`${el.tagName.toLowerCase()} "${el.textContent.slice(0, 40)}" ends at ${right}px`);
}
return found.slice(0, 10);
"""


def looks(luminance: float) -> str:
    return (
        "dark" if luminance < 0.3 else "light" if luminance > 0.8 else "grey"
    )


def set_scheme(driver, scheme: str) -> None:
    """Click the palette toggle, as a reader would, until ``scheme`` shows."""
    current = "return document.body.getAttribute('data-md-color-scheme')"
    if driver.execute_script(current) != SCHEMES[scheme]:
        toggles = [
            label
            for label in driver.find_elements(
                By.CSS_SELECTOR, "[data-md-component=palette] label"
            )
            if label.is_displayed()
        ]
        assert toggles, "no palette toggle in the header"
        toggles[0].click()
    WebDriverWait(driver, WAIT).until(  # and past the colour transition
        lambda d: (
            d.execute_script(current) == SCHEMES[scheme]
            and looks(d.execute_script(_BACKGROUND_LUMINANCE)) == scheme
        )
    )


def check_screenshot(png: Path, device: str, scheme: str) -> None:
    """The picture is the whole screen of the device, in the scheme's colours, with
    text on it (not one flat colour)."""
    d = DEVICES[device]
    with Image.open(png) as image:
        scale = d["deviceScaleFactor"]
        size = (d["width"] * scale, d["height"] * scale)
        assert image.size == size, f"{png.name}: {image.size}, not {size}"
        counts = image.convert("L").histogram()  # pixels per shade of grey
    # most of the page is its background: the median shade
    half, seen = sum(counts) / 2, 0
    median = next(
        i for i, n in enumerate(counts) if (seen := seen + n) >= half
    )
    assert looks(median / 255) == scheme, f"{png.name}: median {median}"
    shades = sum(1 for n in counts if n)
    assert shades > 32, f"{png.name}: only {shades} shades of grey"


# The header's site name cut short (on a phone, the version menu left it one letter),
# and a chapter of the sidebar that something else covers (the sticky title).
_NAMES_HIDDEN = """
const wrong = [];
const name = document.querySelector(".md-header__topic:first-child > .md-ellipsis");
if (name && name.getClientRects().length && name.scrollWidth > name.clientWidth + 1)
  wrong.push(`site name cut: ${name.textContent.trim()}`);
const wrap = document.querySelector(".md-sidebar--primary .md-sidebar__scrollwrap");
const box = wrap && wrap.getBoundingClientRect();
const middle = box && document.elementFromPoint(
  box.left + box.width / 2, box.top + box.height / 2);
const shown = middle && wrap.contains(middle);  // not a phone's closed drawer
for (const link of shown ? wrap.querySelectorAll(".md-nav__link") : []) {
  const r = link.getBoundingClientRect();
  if (!r.height || r.top < box.top || r.bottom > box.bottom) continue;
  const hit = document.elementFromPoint(r.left + 4, r.top + 2);
  if (hit && !link.contains(hit)) wrong.push(`covered: ${link.textContent.trim()}`);
}
return wrong;
"""


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_site_name_and_the_chapters_are_not_cut(
    site, browser, language, device
):
    metrics = {**DEVICES[device], "mobile": device == "phone"}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:  # the last page of the nav: the sidebar has scrolled to it
        visit(browser, site.url + url_prefix(language) + "changes/")
        browser.execute_async_script(_SETTLE_ANIMATIONS)
        wrong = browser.execute_script(_NAMES_HIDDEN)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert not wrong


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("language", ["ko", "en"])
def test_screenshot(site, browser, language, scheme, device):
    """The top of the chapter, then its first code block: two PNGs."""
    page = url_prefix(language) + CHAPTER
    metrics = {**DEVICES[device], "mobile": device == "phone"}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        visit(browser, site.url + page)
        set_scheme(browser, scheme)
        too_wide = browser.execute_script(_TOO_WIDE)
        assert not too_wide, f"wider than the screen: {too_wide}"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = f"{language}-{CHAPTER.strip('/')}-{scheme}-{device}"
        for part, scroll in (
            ("", "scrollTo(0, 0)"),
            (
                "-code",
                "document.querySelector('.md-content .highlight')"
                ".scrollIntoView({block: 'center'})",
            ),
        ):
            browser.execute_script(scroll)
            browser.execute_async_script(_SETTLE_ANIMATIONS)
            png = SCREENSHOTS / f"{name}{part}.png"
            assert browser.save_screenshot(str(png))
            check_screenshot(png, device, scheme)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# -- transcripts: what the copy button copies, and what the tests' lines look like

# The chapters whose transcripts have the tests' lines of every kind (signals,
# clients, requests, how the process ended), and a program's own bracketed line
# (gunicorn's "[INFO] Started server process [<pid>]", which is not the tests').
TRANSCRIPT_CHAPTERS = ["signals/", "production/", "uvicorn/"]
HARNESS_LINE = re.compile(r"\[[^\[\]]*\]")

# Every transcript a reader sees (not in a hidden tab), with its copy button.
_TRANSCRIPTS = """
return [...document.querySelectorAll(".md-content .highlight")].map(block => {
  const code = block.querySelector("pre > code");
  const button = block.querySelector("[data-clipboard-target]");
  if (!code || !code.textContent.startsWith("$ ")) return null;
  if (!button || !button.getClientRects().length) return null;
  return {text: code.textContent, button: button};
}).filter(Boolean);
"""


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_diff_of_outputs_has_no_copy_button(site, browser, language):
    """Lines marked -, + and ⋯ are of no use pasted anywhere."""
    visit(browser, site.url + url_prefix(language) + "changes/")
    diffs, with_button = browser.execute_script(
        """const diffs = [...document.querySelectorAll(".md-content .highlight")]
          .filter(block => block.querySelector(".gd, .gi"));  // - and + lines
        return [diffs.length,
                diffs.filter(d => d.querySelector("[data-clipboard-target]")).length];"""
    )
    assert diffs and not with_button, f"{with_button} of {diffs} diffs"


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("chapter", TRANSCRIPT_CHAPTERS)
def test_a_transcript_copies_its_command_without_prompt_or_test_lines(
    site, browser, language, chapter
):
    visit(browser, site.url + url_prefix(language) + chapter)
    transcripts = browser.execute_script(_TRANSCRIPTS)
    assert transcripts, f"no transcript on /{url_prefix(language)}{chapter}"
    wrong = {}
    for transcript in transcripts:
        command = transcript["text"].split("\n")[0].removeprefix("$ ")
        browser.execute_async_script(_WRITE_CLIPBOARD, "nothing copied yet")
        transcript["button"].click()
        copied = WebDriverWait(browser, WAIT).until(read_clipboard)
        lines = copied.split("\n")
        if (
            copied != command
            or any(line.startswith("$ ") for line in lines)
            or any(HARNESS_LINE.fullmatch(line) for line in lines)
        ):
            wrong[command] = copied
    assert not wrong, json.dumps(wrong, indent=1)


# Each transcript's lines, as a reader sees them: the tests' own lines ([SIGINT]) and
# the program's, each with its colour and whether something marks it at the left
# (a bar or a border of the line or of a box around it, inside the code block); and
# the text that selecting the whole block selects.
_TRANSCRIPT_LINES = """
const shown = [...document.querySelectorAll(".md-content .highlight pre > code")]
  .filter(code => code.textContent.startsWith("$ ") && code.getClientRects().length);
return shown.map(code => {
  const nodes = [];  // each text node, and where it starts in the code's text
  const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
  for (let node, at = 0; (node = walker.nextNode()); at += node.data.length)
    nodes.push({node, at});
  const lines = [];
  let start = 0;
  for (const text of code.textContent.split("\\n")) {
    const {node} = nodes.findLast(n => n.at <= start);
    let marked = false;
    for (let el = node.parentElement; el !== code; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.boxShadow !== "none" || parseFloat(style.borderLeftWidth) > 0)
        marked = true;
    }
    if (text.trim())
      lines.push({text, marked, color: getComputedStyle(node.parentElement).color});
    start += text.length + 1;
  }
  const selection = getSelection();
  selection.selectAllChildren(code);
  const selected = selection.toString();
  selection.removeAllRanges();
  return {lines, selected};
});
"""


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("chapter", TRANSCRIPT_CHAPTERS)
def test_the_tests_lines_of_a_transcript_look_like_annotations(
    site, browser, language, chapter
):
    """Muted, marked at the left, left out of a selection: not program output."""
    visit(browser, site.url + url_prefix(language) + chapter)
    transcripts = browser.execute_script(_TRANSCRIPT_LINES)
    assert transcripts
    wrong = []
    for transcript in transcripts:
        lines = transcript["lines"]
        ours = [x for x in lines if HARNESS_LINE.fullmatch(x["text"])]
        printed = [
            x
            for x in lines[1:]  # after the command
            if not HARNESS_LINE.fullmatch(x["text"])
        ]
        assert ours, lines
        printed_colours = {x["color"] for x in printed}
        for line in ours:
            if not line["marked"]:
                wrong.append(f"not marked: {line['text']}")
            if line["color"] in printed_colours:
                wrong.append(f"coloured as output: {line['text']}")
        for line in printed:
            if line["marked"]:
                wrong.append(f"output marked as the tests': {line['text']}")
        selected = transcript["selected"].split("\n")
        if any(HARNESS_LINE.fullmatch(line) for line in selected):
            wrong.append(f"selected with the output: {ours[0]['text']}")
    assert not wrong, "\n".join(dict.fromkeys(wrong))


# Each copy button a reader sees: how visible it is (its icon's colour's alpha, times
# every opacity up to the page), and the code it covers.
_COPY_BUTTONS_SEEN = """
const found = [];
for (const button of document.querySelectorAll(".md-content [data-clipboard-target]")) {
  if (!button.getClientRects().length) continue;
  const icon = getComputedStyle(button, "::after").backgroundColor;
  const rgba = icon.match(/[\\d.]+/g).map(Number);
  let alpha = rgba.length > 3 ? rgba[3] : 1;
  for (let el = button; el; el = el.parentElement)
    alpha *= parseFloat(getComputedStyle(el).opacity);
  const box = button.getBoundingClientRect();
  const code = document.querySelector(button.dataset.clipboardTarget);
  const range = document.createRange();
  range.selectNodeContents(code);
  const covered = [...range.getClientRects()].some(r => r.width && r.height
    && r.left < box.right && r.right > box.left
    && r.top < box.bottom && r.bottom > box.top);
  found.push({
    alpha, covered,
    block: (code.closest(".highlight").querySelector(".filename")
      || code).textContent.slice(0, 60),
  });
}
return found;
"""


@pytest.mark.parametrize("language", ["ko", "en"])
def test_copy_buttons_show_on_a_touch_screen_and_cover_no_code(
    site, browser, language
):
    page = url_prefix(language) + TRANSCRIPT_CHAPTERS[0]
    metrics = {**DEVICES["phone"], "mobile": True}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    touch = {"enabled": True, "maxTouchPoints": 5}
    browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", touch)
    try:
        visit(browser, site.url + page)
        assert browser.execute_script(
            "return matchMedia('(hover: none)').matches"
        ), "the touch screen is not emulated"
        buttons = browser.execute_script(_COPY_BUTTONS_SEEN)
        assert buttons, f"no copy button on /{page}"
        faint = [b for b in buttons if b["alpha"] < 0.4]
        covering = [b["block"] for b in buttons if b["covered"]]
        assert not faint, f"almost invisible: {faint}"
        assert not covering, f"the copy button covers code: {covering}"
    finally:
        browser.execute_cdp_cmd(
            "Emulation.setTouchEmulationEnabled", {"enabled": False}
        )
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# -- Korean: words kept whole, no italics

# Each Hangul word (a run of syllables) in a link that the line breaks in two.
_BROKEN_WORDS = """
const found = [];
for (const a of document.querySelectorAll("a")) {
  if (!a.getClientRects().length) continue;
  const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    for (const m of node.data.matchAll(/[\\uac00-\\ud7a3]{2,}/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter(r => r.width > 0);
      const tops = rects.map(r => r.top);
      if (rects.length && Math.max(...tops) - Math.min(...tops) > rects[0].height / 2)
        found.push(`${m[0]} in "${a.textContent.trim().slice(0, 40)}"`);
    }
  }
}
return found;
"""

# Each text with Hangul in it that is set in italics (or oblique), shown or not.
_HANGUL_ITALIC = """
const found = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node; (node = walker.nextNode());) {
  const el = node.parentElement;
  if (!/[\\uac00-\\ud7a3]/.test(node.data) || el.closest("script, style")) continue;
  const style = getComputedStyle(el).fontStyle;
  if (style !== "normal")
    found.push(`<${el.tagName.toLowerCase()}> "${node.data.trim().slice(0, 30)}": ${style}`);
}
return found;
"""


def _found(on_a_phone, what: str, language: str | None = None) -> dict:
    return {
        path or "/": found[what]
        for path, found in on_a_phone.items()
        if found[what]
        and (language is None or language_of_url(path) == language)
    }


def test_korean_words_in_links_stay_whole_on_a_phone(on_a_phone):
    korean = [p for p in on_a_phone if language_of_url(p) == "ko"]
    assert in_language(CHAPTER, "ko") in korean
    broken = _found(on_a_phone, "broken", "ko")
    assert not broken, json.dumps(broken, indent=1, ensure_ascii=False)


def test_nothing_sticks_out_of_a_phone_screen(on_a_phone):
    """Korean words kept whole, an identifier or URL longer than the line still
    breaks."""
    too_wide = _found(on_a_phone, "too wide")
    assert not too_wide, json.dumps(too_wide, indent=1, ensure_ascii=False)


def test_no_hangul_is_set_in_italics(on_a_phone):
    italic = _found(on_a_phone, "italic")
    assert not italic, json.dumps(italic, indent=1, ensure_ascii=False)
