"""Extract the five rules' texts from the scraped pages into src/govrules/rulesets/texts/<module>.json.

Usage: python tools/extract_texts.py [SOURCES_DIR]   (default: ../shared/sources from the repo root)

Standard library only; the output is deterministic, so re-running it on the same sources changes nothing.

Cleaning, per source file:
- Lines are stripped (NBSP becomes a space first); blank lines are dropped. Each remaining line is a paragraph.
- ASCII parentheses are normalised to full-width "（" "）" in every text (title, chapters, articles, annexes);
  no source has full-width ones. Nothing else is changed: no commas or brackets are added, typos and the
  东川 scrape's lost punctuation stay as they are.
- The rules' title is the last line before the first chapter or article that ends in 人民政府工作规则
  (optionally （试行）, or a page marker （第2/3页）, which is dropped); spaces in it are removed.
  Everything before it (page chrome, the promulgation notice) is dropped, and so is anything between it
  and the first chapter or article (崆峒's adoption note), except district-xx's page head (see below).
- document_number is the first "…发〔2013〕16号"-like number in the header (before the title), else null.
- The body ends at the first footer line (主办:, 上一篇, 附件N, 解读, ...). Chapters are "第X章 title"
  (spaces in the title removed). An article starts at "X、" or "第X条" only when X is the next number
  expected, so enumerations inside an article cannot start one. A paragraph that ends without any
  punctuation and is followed by a non-item paragraph is a line broken by the scrape: the two are joined
  without a newline (this happens once, 西丰 article 三).
- district-xx is page 2 of 3: the lines before 四十四、 are the tail of article 43 ("partial": true) in
  chapter 8, whose title the page does not show (null).

Annex sections (西丰 附件1, 附件2). An annex starts at a line "附件N:"; the next line is its title. Headings:
  level 1 "一、"   -> "一"          level 2 "（三）" -> "一(三)"      level 3 "1." / "1、" -> "一(三)1"
  level 4 "（3）"  -> "一(三)1(3)"  level 5 "①"     -> "一(三)1(3)①"
A heading's parent is the nearest open section of a lower level (a level skipped is simply absent from
the id); ids use ASCII parentheses. A section's text is its heading line plus its own paragraphs; children
are separate sections. Text before the first heading is section "0". A heading that is a complete
sentence (ends in 。 or ；) is a list item: paragraphs after it belong to the nearest enclosing section
whose heading is a title, not to the item (附件1 五(三)1: the signing flows after the list (1)-(11) belong
to 五(三)1). 附件1's form 西丰县人民政府文件稿 (table cells) and its 拟办文件流程图 (an image, lost in the
scrape) are dropped, as is the 解读 after 附件2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "govrules" / "rulesets" / "texts"


@dataclass(frozen=True)
class Source:
    prefix: str  # the file is <prefix>_*.txt
    module: str
    ruleset: str
    style: str  # "、" (五十三、) or "条" (第五十三条)
    articles: tuple[int, int]  # first and last article number, from the sources' README
    chapters: tuple[int, int]
    head_chapter: int | None = None  # chapter of a partial first article on a page that starts mid-chapter
    annexes: int = 0


SOURCES = (
    Source("001", "xianyang_2013", "xianyang-2013", "、", (1, 76), (1, 12)),
    Source("002", "xifeng_2022", "xifeng-2022", "、", (1, 80), (1, 13), annexes=2),
    Source("003", "dongchuan_2024", "dongchuan-2024", "条", (1, 48), (1, 9)),
    Source("004", "kongtong_2016", "kongtong-2016", "、", (1, 75), (1, 12)),
    Source("000", "district_xx", "district-xx", "、", (43, 76), (8, 12), head_chapter=8),
)

CN = "一二三四五六七八九十百"
CHAPTER = re.compile(rf"^第([{CN}]+)章\s*(.*)$")
ARTICLE = {"、": re.compile(rf"^([{CN}]+)、\s*(.*)$"), "条": re.compile(rf"^第([{CN}]+)条\s*(.*)$")}
TITLE = re.compile(r"^\S*人民政府工作规则\s*(（试行）)?\s*(（第\d+/\d+页）)?$")
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]+发[〔【\[]\d{4}[〕】\]]\d+号")
FOOTER = re.compile(r"^(主办[:：]|上一篇|下一篇|附件\d|解读|打印|关闭|分享|【\s*打印|版权所有)")
ITEM = re.compile(rf"^(（?[{CN}\d]+[）、.．]|（\d+）|[①-⑳])")
ENDS_PUNCT = re.compile(r"[。；;：:！？!?，,、”’）》]$")
ANNEX_START = re.compile(r"^附件(\d+)[:：]$")
ANNEX_CUT = re.compile(r"^(西丰县人民政府文件稿|拟办文件流程图|解读)")
HEADINGS = (  # level, pattern, id part
    (1, re.compile(rf"^([{CN}]+)、"), "{}"),
    (2, re.compile(rf"^（([{CN}]+)）"), "({})"),
    (3, re.compile(r"^(\d+)[.．、](?!\d)"), "{}"),
    (4, re.compile(r"^（(\d+)）"), "({})"),
    (5, re.compile(r"^([①-⑳])"), "{}"),
)


def cn_int(text: str) -> int:
    """The value of a Chinese numeral up to 999 (五十三 -> 53)."""
    digits, units = "零一二三四五六七八九", {"十": 10, "百": 100}
    total = current = 0
    for ch in text:
        if ch in units:
            total += (current or 1) * units[ch]
            current = 0
        else:
            current = digits.index(ch)
    return total + current


def paragraphs(raw: str) -> list[str]:
    """Non-blank stripped lines, NBSP as space, ASCII parentheses made full-width."""
    table = str.maketrans({"\xa0": " ", "(": "（", ")": "）"})
    return [p for line in raw.splitlines() if (p := line.translate(table).strip())]


def fail(source: Source, message: str) -> NoReturn:
    raise SystemExit(f"{source.module}: {message}")


def split_document(source: Source, paras: list[str]) -> tuple[str, str | None, list[str], list[str]]:
    """Title, document number, body paragraphs and the paragraphs after the body (annexes and chrome)."""
    first = next(i for i, p in enumerate(paras) if CHAPTER.match(p) or ARTICLE[source.style].match(p))
    t = max(i for i in range(first) if TITLE.match(paras[i]))
    title = re.sub(r"\s|（第\d+/\d+页）", "", paras[t])
    number = next((m.group(0) for p in paras[:t] if (m := DOC_NUMBER.search(p))), None)
    start = t + 1 if source.head_chapter else first
    end = next((i for i in range(start, len(paras)) if FOOTER.match(paras[i])), len(paras))
    return title, number, paras[start:end], paras[end:]


def parse_body(source: Source, body: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Chapters and articles of the body, numbering checked against the README."""
    chapters: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    lines: list[list[str]] = []
    chapter = source.head_chapter
    if chapter is not None:
        chapters.append({"number": chapter, "title": None})
    for para in body:
        if m := CHAPTER.match(para):
            chapter = cn_int(m.group(1))
            chapters.append({"number": chapter, "title": re.sub(r"\s", "", m.group(2))})
            continue
        m = ARTICLE[source.style].match(para)
        expected = articles[-1]["number"] + 1 if articles else source.articles[0]
        if m and cn_int(m.group(1)) == expected:
            articles.append({"number": expected, "chapter": chapter})
            lines.append([m.group(2)])
        elif not articles and source.head_chapter is not None:
            articles.append({"number": expected, "chapter": chapter, "partial": True})
            lines.append([para])
        elif not articles:
            fail(source, f"text before the first article: {para[:30]}")
        elif lines[-1] and not ENDS_PUNCT.search(lines[-1][-1]) and not ITEM.match(para):
            print(f"{source.module} {articles[-1]['number']}: joined {lines[-1][-1][-8:]!r} + {para[:8]!r}")
            lines[-1][-1] += para
        else:
            if m:
                print(f"{source.module} {articles[-1]['number']}: kept {para[:12]!r} inside the article")
            lines[-1].append(para)
    for article, text in zip(articles, lines, strict=True):
        partial = article.pop("partial", None)
        article["text"] = "\n".join(p for p in text if p)
        if partial:
            article["partial"] = True
    numbers = [a["number"] for a in articles]
    if numbers != list(range(source.articles[0], source.articles[1] + 1)):
        fail(source, f"articles {numbers[:3]}...{numbers[-3:]}, expected {source.articles}")
    if [c["number"] for c in chapters] != list(range(source.chapters[0], source.chapters[1] + 1)):
        fail(source, f"chapters {[c['number'] for c in chapters]}, expected {source.chapters}")
    return chapters, articles


def parse_annexes(source: Source, tail: list[str]) -> list[dict[str, Any]]:
    """The annexes after the body, each split into sections by its heading hierarchy."""
    annexes: list[dict[str, Any]] = []
    stack: list[tuple[int, dict[str, Any], bool]] = []  # open sections: level, section, heading is a title
    cut, title_at = True, -1
    for i, para in enumerate(tail):
        if m := ANNEX_START.match(para):
            annexes.append({"number": int(m.group(1)), "title": tail[i + 1], "sections": []})
            stack, cut, title_at = [], False, i + 1
            continue
        if cut or i == title_at:
            continue
        if ANNEX_CUT.match(para):
            cut = True
            continue
        sections = annexes[-1]["sections"]
        heading = next(((lv, hm, part) for lv, rx, part in HEADINGS if (hm := rx.match(para))), None)
        if heading is None:
            titled = [s for _, s, is_title in stack if is_title] or [s for _, s, _ in stack[-1:]]
            if not titled:
                sections.append({"id": "0", "parent": None, "text": para})
                stack = [(0, sections[-1], True)]
            else:
                titled[-1]["text"] += "\n" + para
            continue
        level, hm, part = heading
        stack = [entry for entry in stack if 0 < entry[0] < level]
        parent = stack[-1][1] if stack else None
        section = {
            "id": (parent["id"] if parent else "") + part.format(hm.group(1)),
            "parent": parent and parent["id"],
            "text": para,
        }
        if section["id"] in {s["id"] for s in sections}:
            fail(source, f"annex {annexes[-1]['number']}: duplicate section id {section['id']}")
        sections.append(section)
        stack.append((level, section, not re.search(r"[。；;]$", para)))
    return annexes


def extract(source: Source, path: Path) -> dict[str, Any]:
    """The cleaned JSON document of one source file."""
    title, number, body, tail = split_document(source, paragraphs(path.read_text(encoding="utf-8")))
    chapters, articles = parse_body(source, body)
    doc: dict[str, Any] = {
        "ruleset": source.ruleset,
        "title": title,
        "document_number": number,
        "chapters": chapters,
        "articles": articles,
    }
    annexes = parse_annexes(source, tail)
    if [a["number"] for a in annexes] != list(range(1, source.annexes + 1)):
        fail(source, f"annexes {[a['number'] for a in annexes]}, expected {source.annexes}")
    if annexes:
        doc["annexes"] = annexes
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="?", type=Path, default=ROOT.parent / "shared" / "sources")
    parser.add_argument("--out", type=Path, default=OUT, help="output directory (default: %(default)s)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for source in SOURCES:
        (path,) = sorted(args.sources.glob(f"{source.prefix}_*.txt"))
        doc = extract(source, path)
        text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
        (args.out / f"{source.module}.json").write_text(text, encoding="utf-8")
        annex_info = "".join(f", annex {a['number']}: {len(a['sections'])} sections" for a in doc.get("annexes", []))
        print(
            f"{path.name} -> {source.module}.json: {len(doc['articles'])} articles, "
            f"{len(doc['chapters'])} chapters{annex_info}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
