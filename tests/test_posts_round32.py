"""Posts read this round, from a sweep of stories outside every gold set (xwlb-2023)."""
from __future__ import annotations

from .builders import posts_read


def _posts(text: str) -> set[tuple[str, str | None, str]]:
    return posts_read(text, "2023-12-07")


def test_a_states_head_after_its_full_name_holds_the_post_in_the_country():
    # xwlb-20231207-02 (越南社会主义共和国主席, 3 a year)
    found = _posts("应越南共产党中央委员会总书记阮富仲、越南社会主义共和国主席武文赏邀请，习近平将访问越南。")
    assert ("武文赏", "主席", "越南") in found, found
    # only right after the country: a body's chair named after it holds the post in the body
    found = _posts("越南祖国阵线中央委员会主席杜文战出席。")
    assert ("杜文战", "主席", "越南祖国阵线中央委员会") in found and not any(p[0] == "杜文战" and p[2] == "越南" for p in found), found
