"""One agency per unit within an article (kgraph.extraction.resolve._one_per_unit_name): a unit
named with its parent and later without it is one agency, labelled with the full name."""
from __future__ import annotations

import kgraph

from .conftest import agency_labels as _agencies


def test_a_station_named_without_its_bureau_is_the_station_named_with_it():
    # a county police station's story (中牟县, 2021): three ways of naming one station
    found = _agencies("8月6日,中牟县公安局东风路派出所接到一起入室盗窃案件,接警后,东风路派出所程允立即展开调查。"
                      "中牟县东风路派出所白怀亮在抓捕嫌疑人后,作出此首打油诗。")
    assert found == {"中牟县公安局", "中牟县公安局东风路派出所"}, found


def test_the_post_held_in_the_short_name_is_held_in_the_unit():
    # 周口日报's site (2023): 胡集派出所所长张磊 is the head of 郸城县公安局胡集派出所
    ex = kgraph.extract_text("自“夏季行动”开展以来,郸城县公安局胡集派出所全体民辅警始终坚持有逃必追。"
                             "郭辉迅速向胡集派出所所长张磊进行了汇报。")
    labels = {e.id: e.label for e in ex.entities}
    posts = {(labels[r.subject], labels[r.object]) for r in ex.relations if r.predicate == "holdsPost"}
    assert ("张磊", "郸城县公安局胡集派出所") in posts, posts


def test_a_name_glued_after_a_description_absorbs_no_body():
    # 德国最大商业银行|德意志银行 (xwlb-2023): no body's unit, so 德意志银行 keeps its own name
    found = _agencies("德国最大商业银行德意志银行宣布裁员。德意志银行股价随即下跌。")
    assert "德意志银行" in found, found


def test_a_party_body_with_and_without_the_partys_name_is_one():
    # a county's story of 2010: 经中共屏南县委常委会研究 … 屏南县委常委会
    found = _agencies("2010年12月7日,经中共屏南县委常委会研究,提议免去游代进的屏南县财政局局长职务。"
                      "屏南县委常委会随后通报了调查结果。")
    assert "屏南县委常委会" in found and "中共屏南县委常委会" not in found, found
