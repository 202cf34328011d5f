"""Occupation linking: Dutch and English job titles to ESCO occupations, and the JSONL CLI."""

from __future__ import annotations

import io
import json
import sys

import numpy as np
import pytest

from bot.cli import main
from retrieval.occupations import clean_title, link_many, link_occupations
from retrieval.taxonomy import CharNgramIndex, cached_ngram_index, get_taxonomy, ngram_cache_key

SOFTWARE_DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"


@pytest.mark.parametrize("title", ["Software developer", "softwareontwikkelaar", "software engineer"])
def test_software_titles_link_to_software_developer(title):
    top3 = [hit.uri for hit in link_occupations(title, top_k=3)]
    assert SOFTWARE_DEVELOPER in top3


@pytest.mark.parametrize("title", ["Verpleegkundige", "registered nurse"])
def test_nurse_titles_link_to_a_nursing_occupation(title):
    hits = link_occupations(title, top_k=3)
    labels = " ".join(f"{hit.label}" for hit in hits).lower()
    assert "nurse" in labels or "verpleegkundige" in labels


@pytest.mark.parametrize(
    "title, kept",
    [
        ("Primary school teachers, except special education", "Primary school teachers"),
        ("Leerkracht lager onderwijs, behalve buitengewoon onderwijs", "Leerkracht lager onderwijs"),
        ("Health and safety engineer (except mining)", "Health and safety engineer"),
        ("Exceptional events planner", "Exceptional events planner"),
    ],
)
def test_exclusion_clause_is_dropped_from_the_title(title, kept):
    assert clean_title(title) == kept


@pytest.mark.parametrize(
    "title, excluded",
    [
        ("Primary school teachers, except special education", "special"),
        ("Health and safety engineer (except mining)", "mine"),
    ],
)
def test_the_excluded_occupation_does_not_win(title, excluded):
    assert excluded not in link_occupations(title, lang="en", top_k=1)[0].label


def test_dutch_and_english_title_meet_on_the_same_occupation():
    dutch = link_occupations("Leerkracht lager onderwijs", top_k=1)[0]
    english = link_occupations("Primary school teacher", top_k=1)[0]
    assert dutch.uri == english.uri


def test_labels_follow_language_ranked_and_deterministic():
    dutch = link_occupations("Verpleegkundige", lang="nl")
    english = link_occupations("Verpleegkundige", lang="en")
    assert [h.uri for h in dutch] == [h.uri for h in english]
    assert dutch[0].label != english[0].label
    assert len(dutch) == 10
    assert [h.score for h in dutch] == sorted((h.score for h in dutch), reverse=True)
    assert link_occupations("Verpleegkundige", lang="nl") == dutch
    assert link_occupations("   ") == []


@pytest.mark.parametrize("lang", [None, "nl", "en"])
def test_linking_many_titles_at_once_equals_linking_each(lang):
    titles = ["Senior data engineer", "Verpleegkundige", "   ", "Chef-kok", "Leerkracht lager onderwijs"]
    assert link_many(titles, lang=lang, top_k=5) == [link_occupations(t, lang=lang, top_k=5) for t in titles]
    assert link_many(titles, top_k=0) == [[]] * len(titles)


TITLES = ["softwareontwikkelaar", "Verpleegkundigen", "chef-kok", "Coördinator logistiek", "data engineer"]


def test_cached_ngram_index_scores_exactly_like_a_fresh_build(tmp_path):
    texts = get_taxonomy().occupation_labels[1]
    path = tmp_path / "cache" / "ngrams.npz"
    built = cached_ngram_index(texts, path)
    assert path.exists()
    loaded = CharNgramIndex.load(path, ngram_cache_key(texts))
    assert loaded is not None
    for title in TITLES:
        fresh, cached = built.scores(title), loaded.scores(title)
        assert np.array_equal(fresh, cached)
        assert np.array_equal(np.argsort(-fresh, kind="stable")[:10], np.argsort(-cached, kind="stable")[:10])
    assert np.array_equal(cached_ngram_index(texts, path).scores(TITLES[0]), built.scores(TITLES[0]))


def test_cached_ngram_index_is_rebuilt_when_the_labels_change(tmp_path):
    path = tmp_path / "ngrams.npz"
    old = cached_ngram_index(["verpleegkundige", "kok"], path)
    new = cached_ngram_index(["kok", "verpleegkundige", "bakker"], path)
    assert old.n_docs == 2 and new.n_docs == 3
    assert CharNgramIndex.load(path, ngram_cache_key(["verpleegkundige", "kok"])) is None
    assert int(np.argmax(new.scores("bakker"))) == 2
    assert np.array_equal(
        cached_ngram_index(["kok", "verpleegkundige", "bakker"], path).scores("kok"), new.scores("kok")
    )


def _cli(monkeypatch, capsys, *args: str, stdin: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as done:
        main(list(args))
    captured = capsys.readouterr()
    return done.value.code, captured.out, captured.err


def test_cli_jsonl_contract_and_malformed_line(monkeypatch, capsys):
    stdin = (
        json.dumps({"id": "a", "text": "Verpleegkundige"})
        + "\n"
        + json.dumps({"id": "b", "text": "Chef-kok"})
    )
    code, stdout, stderr = _cli(monkeypatch, capsys, "occupations", "link", "--jsonl", stdin=stdin)
    assert code == 0, stderr
    out = [json.loads(line) for line in stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert all(len(o["occupations"]) == 10 for o in out)
    assert set(out[0]["occupations"][0]) == {"uri", "label", "score"}

    code, stdout, stderr = _cli(monkeypatch, capsys, "occupations", "link", "--jsonl", stdin='{"id": 1}\n')
    assert code == 2 and stdout == ""
    assert "line 1" in stderr and len(stderr.strip().splitlines()) == 1
