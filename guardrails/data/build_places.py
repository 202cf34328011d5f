"""Build the place-name lexicons. Run: python -m guardrails.data.build_places

- places_nl.txt: the city and country lists of Faker's nl_NL, nl_BE, en_US and en_GB address providers (MIT),
  plus place names tagged LOC at least twice (and mostly as LOC) in CoNLL-2002 ned.train (research use).
- places_world.txt.gz: cities, towns, states/provinces and countries from every Faker address locale (MIT),
  so foreign places in CVs and chat ("Goiânia", "OULU", "København") are found too.
One name per line, sorted.
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
from collections import Counter
from pathlib import Path

from guardrails.data.conll import read

OUT = Path(__file__).with_name("places_nl.txt")
OUT_WORLD = Path(__file__).with_name("places_world.txt.gz")
_WORLD_ATTRS = (
    "cities",
    "city_names",
    "real_city_names",
    "metropolitan_cities",
    "towns",
    "countries",
    "states",
    "provinces",
    "regions",
)


def _world() -> set[str]:
    import faker.providers.address as address

    names: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attr in _WORLD_ATTRS:
            values = getattr(provider, attr, ())
            if isinstance(values, list | tuple):
                names.update(v.strip() for v in values if isinstance(v, str))
    # Letters only (no "{{city_suffix}}" templates), capitalised, at most 4 words and 40 characters.
    return {n for n in names if n[:1].isupper() and len(n) <= 40 and len(n.split()) <= 4 and "{" not in n}


def main() -> None:
    places: set[str] = set()
    for loc in ("nl_NL", "nl_BE", "en_US", "en_GB"):
        provider = importlib.import_module(f"faker.providers.address.{loc}").Provider
        places.update(getattr(provider, "cities", ()))
        places.update(c for c in provider.countries if len(c) <= 30)
    as_loc: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for s in read("ned.train"):
        for a, b in s.spans("LOC"):
            as_loc[" ".join(s.tokens[a:b])] += 1
        for word in s.tokens:
            seen[word] += 1
    places.update(name for name, n in as_loc.items() if n >= 2 and n >= 0.8 * seen.get(name, n))
    OUT.write_text("".join(f"{p}\n" for p in sorted(p for p in places if p[:1].isupper() or p[:2] == "'s")))
    print(f"wrote {OUT}: {len(places)} places")
    world = sorted(_world() - places)
    OUT_WORLD.write_bytes(gzip.compress("".join(f"{p}\n" for p in world).encode("utf-8"), mtime=0))
    print(f"wrote {OUT_WORLD}: {len(world)} places")


if __name__ == "__main__":
    main()
