"""Citations and the texts they point at: Citation, Citations, Article, Section, Annex."""

from __future__ import annotations

import attrs

from govrules.errors import InvalidInput
from govrules.labels import chinese_number


@attrs.frozen(order=True, cache_hash=True)  # (a key of reports' and engines' tables, hashed often)
class Citation:
    """Where a rule comes from: an article (and paragraph 款, item 项), or an annex section."""

    ruleset: str
    article: int | None = None
    item: int | None = None
    annex: int | None = None
    section: str | None = None
    paragraph: int | None = None
    title: str = attrs.field(default="", eq=False, order=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if (self.article is None) == (self.annex is None):
            raise InvalidInput(f"a citation names an article or an annex, not both or neither: {self!r}")

    def render(self) -> str:
        """'西丰县人民政府工作规则（试行）第五十三条第（三）项', or '…附件1 五(三)1(3)'."""
        if self.annex is not None:
            where = f"附件{self.annex}" + (f" {self.section}" if self.section else "")
        else:
            assert self.article is not None
            where = f"第{chinese_number(self.article)}条"
            if self.paragraph is not None:
                where += f"第{chinese_number(self.paragraph)}款"
            if self.item is not None:
                where += f"第（{chinese_number(self.item)}）项"
        return f"{self.title or self.ruleset}{where}"

    def short(self) -> str:
        """Without the title: '第五十三条第（三）项'."""
        return attrs.evolve(self, title=" ").render().strip()

    def __str__(self) -> str:
        return self.render()


@attrs.frozen
class Citations:
    """A citation factory for one ruleset: `XF.article(53, item=3)`, `XF.annex(1, "五(三)1(3)")`."""

    ruleset: str
    title: str

    def article(self, number: int, item: int | None = None, paragraph: int | None = None) -> Citation:
        """Cite an article, optionally its paragraph (款) and item (项)."""
        return Citation(self.ruleset, number, item=item, paragraph=paragraph, title=self.title)

    def annex(self, number: int, section: str | None = None) -> Citation:
        """Cite an annex, optionally one of its sections."""
        return Citation(self.ruleset, annex=number, section=section, title=self.title)


@attrs.frozen
class Article:
    """An article of a text: its number, chapter and cleaned text."""

    number: int
    chapter: int
    text: str
    partial: bool = False


@attrs.frozen
class Section:
    """A section of an annex, by its heading path ('五(三)1(3)')."""

    id: str
    parent: str | None
    text: str


@attrs.frozen
class Annex:
    """An annex (附件) of a text, split into sections."""

    number: int
    title: str
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section:
        """The section with that id; KeyError if there is none."""
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(f"附件{self.number} has no section {section_id!r}")

    def text(self, section_id: str | None = None) -> str:
        """The text of a section with all its subsections (or of the whole annex)."""
        if section_id is None:
            return "\n".join(s.text for s in self.sections)
        self.section(section_id)
        ids = {section_id}
        lines = []
        for s in self.sections:
            if s.id == section_id or s.parent in ids:
                ids.add(s.id)
                lines.append(s.text)
        return "\n".join(lines)
