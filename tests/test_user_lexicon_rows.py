"""A user's lexicon (``--lexicon DIR``): a row whose type is none of kgraph's is an error that
names the file, the line and the types allowed, not a row applied to nothing."""
from __future__ import annotations

import pytest

import kgraph


def test_a_row_of_an_unknown_type_is_a_clear_error(tmp_path):
    # a user's lexicons are read once per process: each case has its own directory
    (tmp_path / "names.tsv").write_text("# our bodies\n\n红旗渠精神宣讲团\tOrganization\n", encoding="utf-8")
    with pytest.raises(kgraph.InputError) as caught:
        kgraph.extract_text("红旗渠精神宣讲团来到林州市。", lexicon=tmp_path)
    error = caught.value
    assert error.line == 3 and error.path == str(tmp_path / "names.tsv")
    assert "names.tsv:3:" in str(error) and "Person, Agency, Place, Program" in str(error)
    assert "Organization" in str(error) and "\n" not in str(error)


def test_a_veto_without_a_type_is_a_clear_error(tmp_path):
    (tmp_path / "vetoes.tsv").write_text("习近平\n", encoding="utf-8")
    with pytest.raises(kgraph.InputError, match=r"vetoes\.tsv:1: give a name, a tab and its type"):
        kgraph.extract_text("国家主席习近平发表讲话。", lexicon=tmp_path)


def test_rows_of_known_types_and_comments_still_apply(tmp_path):
    (tmp_path / "names.tsv").write_text("# a comment\n红旗渠精神宣讲团\tAgency  # a body\n", encoding="utf-8")
    ex = kgraph.extract_text("红旗渠精神宣讲团来到林州市。", lexicon=tmp_path)
    assert any(e.label == "红旗渠精神宣讲团" and e.type == "Agency" for e in ex.entities)
