"""A lookup lemmatizer backed by a plain dict: spaCy's own, minus the cost of building its hashed Table.

spaCy's "lookup" lemmatizer copies the spacy-lookups-data table into a `Table` one Python call per entry
(213k entries for Dutch: ~0.4 s of a 5 s cold-start budget). The lemmas are the same as spaCy's
`lookup_lemmatize`: `table.get(text, text)`, on the lower-cased text for Dutch (its table has lower-case
keys only, and spaCy's DutchLemmatizer lower-cases too). The table doubles as the common-word list of the
name recognizers (see person_nl.vocabulary).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_language_data, registry

FACTORY = "fairmatch_lookup_lemmatizer"
LOWERCASE_LANGS = frozenset({"nl"})


class LookupLemmatizer:
    """Sets `token.lemma_` from the spacy-lookups-data `lemma_lookup` table of the pipeline's language."""

    def __init__(self, lang: str) -> None:
        self.table: dict[str, str] = load_language_data(registry.lookups.get(lang)["lemma_lookup"])
        self.lowercase = lang in LOWERCASE_LANGS

    def __call__(self, doc: Doc) -> Doc:
        get = self.table.get
        for token in doc:
            key = token.text.lower() if self.lowercase else token.text
            token.lemma_ = get(key, key)
        return doc


@Language.factory(FACTORY)
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer(nlp.lang)
