"""kgraph.merge.same_officials at scale: the same answers as the plain union-find it was, and
no chain walked from every holder when they come in the reverse of their ids' order."""
from __future__ import annotations

import random

from kgraph.merge import same_officials


def _plain(holders, order):
    """same_officials as first written: each look-up walks to the top."""
    parent = {}

    def root(person):
        while parent.get(person, person) != person:
            person = parent[person]
        return person

    for group in holders:
        people = iter(group)
        first = next(people, None)
        if first is None:
            continue
        first = root(first)
        for other in people:
            a, b = sorted((first, root(other)), key=order)
            if a != b:
                parent[b] = a
            first = a
    return {person: root(person) for person in parent if root(person) != person}


def _person(scope: int, name: str = "孙志强") -> str:
    return f"person/{scope}.txt/{name}"


def test_same_answers_as_the_plain_union_find():
    shuffle = random.Random(7)
    for _ in range(200):
        people = [_person(n, name) for n in range(30) for name in ("孙志强", "王伟")]
        groups = [shuffle.sample(people, shuffle.randint(0, 5)) for _ in range(shuffle.randint(1, 12))]
        assert same_officials(groups, order=str) == _plain(groups, order=str)


def test_twenty_thousand_holders_of_one_post_in_reverse_order():
    # 孙志强, 常务副县长 of 公安县人民政府, read in 20,000 files whose region the articles do not
    # show, newest file first: one official, the one whose id sorts first
    holders = [_person(n) for n in range(20_000, 0, -1)]
    moved = same_officials([holders], order=str)
    assert set(moved.values()) == {min(holders)} and len(moved) == len(holders) - 1
