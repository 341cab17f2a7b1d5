"""The pipeline's shape: stages declare what they read and write (the layering of the
packages is tests/test_architecture.py)."""
import pytest

from kgraph.extraction.pipeline import STAGES, check_stages


def test_every_stage_reads_only_what_earlier_stages_wrote():
    check_stages()
    for stage in STAGES:
        assert stage.reads is not None and stage.writes is not None, stage.__name__


def test_a_stage_out_of_order_is_refused():
    from kgraph.extraction.recognisers.divisions import find_divisions
    from kgraph.extraction.recognisers.people import find_people

    with pytest.raises(TypeError, match="find_people reads"):
        check_stages((find_people, find_divisions))
