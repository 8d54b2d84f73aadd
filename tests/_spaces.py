"""Documents of a ruleset's situation space, sampled evenly (the first-answer differential tests)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from govrules.model import Document
from govrules.rules import Ruleset
from govrules.whatif.space import _DocumentSpace


def sampled_documents(rs: Ruleset, sample: int) -> list[Document]:
    """About `sample` documents of `rs`'s space, evenly spread, built without building the others (西丰's space
    holds millions: walking it to sample it cost minutes a test)."""
    space = _DocumentSpace.of(rs)
    combos = list(space.kinds_meetings_presiders())
    dims: tuple[Sequence[Any], ...] = (combos, space.issuers, space.addressees, space.matters)
    total = math.prod(len(d) for d in dims)
    step = max(1, -(-total // sample))
    docs: list[Document] = []
    for n in range(0, total, step):
        picked = []
        for dim in reversed(dims):
            n, r = divmod(n, len(dim))
            picked.append(dim[r])
        matters, addressee, issuer, (kind, meeting, presider) = picked
        docs.append(Document(kind, issuer, addressee, matters, meeting, presider))
    return docs
