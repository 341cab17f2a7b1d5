"""The items of a list a kind of organisation closes (…|等|企业) are organisations when the list names organisations
(recognisers.firms.firms_of_a_listed_kind).  Sentences from xwlb-2023."""
from __future__ import annotations

import kgraph


def _entities(text: str, date: str = "2023-07-12"):
    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    by_type = {}
    for e in ex.entities:
        by_type.setdefault(e.type, set()).add(e.label)
    return ex, labels, by_type


def test_platforms_listed_before_their_heads_speak():
    # xwlb-20230712-03: the dev gold makes each firm a speaker of the 座谈会; the model read 汉云 (of 徐工汉云) as a person
    ex, labels, by_type = _entities("李强主持召开平台企业座谈会。座谈会上，美团、小红书、海智在线、货拉拉、阿里云、徐工汉云、"
                                    "抖音、智联招聘等企业负责人先后发言。")
    firms = {"美团", "小红书", "海智在线", "货拉拉", "阿里云", "徐工汉云", "抖音", "智联招聘"}
    assert firms <= by_type.get("Agency", set()), by_type
    assert "汉云" not in by_type.get("Person", set())
    speakers = {labels[i] for ev in ex.events for role, i in ev.arguments if role == "speaker"}
    assert firms <= speakers, speakers


def test_firms_visited_are_destinations_with_their_city_in_the_name():
    # xwlb-20230322-07
    ex, labels, by_type = _entities("在株洲，李强考察了中车株洲电力机车、株洲硬质合金、湖南山河科技等企业。"
                                    "在长沙，李强考察了长沙比亚迪汽车、中国铁建重工、蓝思科技等企业。", date="2023-03-22")
    destinations = {labels[i] for ev in ex.events if ev.type == "Visit" for role, i in ev.arguments
                    if role == "destination"}
    assert {"中车株洲电力机车", "株洲硬质合金", "长沙比亚迪汽车", "蓝思科技"} <= destinations, destinations
    assert "比亚迪汽车" not in by_type["Agency"]  # the firm's name as written, 长沙 in it


def test_kinds_of_business_listed_are_no_firms():
    # xwlb-20231007-03, xwlb-20231217-06: words of kinds of business, no item read as a name
    for text in ("北京市重点监测的百货、超市、专业专卖店、餐饮和电商等企业实现销售额92.7亿元。",
                 "同时组织大型连锁超市、电商平台等企业增加基地直采。",
                 "甘肃今年计划在科研院所、制造业龙头企业等机构开发就业见习岗位1.5万个。"):
        _, _, by_type = _entities(text, date="2023-10-07")
        assert not by_type.get("Agency"), (text, by_type)


def test_people_listed_before_entrepreneurs_stay_people():
    # a county's page on 平原县 (2023): 副秘书长|黄荣志|、|董春亮|等|一众|企业家|代表 — 企业家 are people, and names that are
    # whole items read as people's list people
    _, _, by_type = _entities("平原县济南企业家商会会长胡金军，副会长陈凯凯、吴宝良，副秘书长黄荣志、董春亮等一众企业家代表齐聚家乡。",
                              date="2023-02-27")
    assert {"黄荣志", "董春亮"} <= by_type["Person"], by_type
    assert not any("黄荣志" in a or "董春亮" in a for a in by_type.get("Agency", ())), by_type


def test_lists_of_places_or_of_accounts_name_no_firms():
    # xwlb-2023: where firms come from (来自|中国新疆|、|湖南|…|等|超百家|企业); a body's accounts (最高人民法院|官方|微博|微信)
    # and a quoted product (央视新闻|“两微一端”) before 等|媒体|平台
    for text, wrong in (("展会上，来自中国新疆、湖南、广东、江西等超百家企业参展。", "中国新疆"),
                        ("公众可登录最高人民法院官方微博微信、央视新闻“两微一端”等媒体平台进行投票。", "最高人民法院官方微博微信")):
        _, _, by_type = _entities(text, date="2023-06-04")
        assert wrong not in by_type.get("Agency", set()), (text, by_type)
