"""A country's forces named by the abbreviation news writes (issue #19: armed groups are agencies): 以军, 乌军, 俄军, 美军
are each one organisation of its country, by the name news gives it in full where it does.  End to end on sentences of
``../shared/corpus/news/xwlb-2023.jsonl``."""
import kgraph


def _agencies(text):
    ex = kgraph.extract_text(text)
    return {e.label: e for e in ex.entities if e.type == "Agency"}, ex


def test_a_countrys_forces_by_its_abbreviation_are_one_agency_in_the_country():
    # xwlb-2023: 俄军|在|…|发起|进攻|，|乌军|随后|撤退 (the model read 乌军/PER)
    agencies, ex = _agencies("俄军在顿涅茨克方向发起进攻，乌军随后撤退。")
    assert {"俄罗斯武装力量", "乌克兰武装部队"} <= set(agencies)
    assert not any(e.type == "Person" for e in ex.entities)
    labels = {e.id: e.label for e in ex.entities}
    assert ("乌克兰武装部队", "乌克兰") in {(labels[r.subject], labels[r.object]) for r in ex.relations
                                            if r.predicate == "locatedIn"}
    # the name the news gives in full is the same body (xwlb-20231025-20: 以军|发言人 … 以色列国防军)
    agencies, _ = _agencies("以军25日对加沙地带多个目标实施空袭。以色列国防军发言人哈加里表示，行动将继续。")
    assert "以色列国防军" in agencies and "以军" in agencies["以色列国防军"].aliases


def test_not_the_forces_of_history_inside_a_memorials_name():
    # 侵华日军南京大屠杀遇难同胞纪念馆: 日军 is no agency of the white list
    agencies, _ = _agencies("代表团参观了侵华日军南京大屠杀遇难同胞纪念馆。")
    assert not any("日" in label and "军" in label for label in agencies)


def test_a_kind_of_post_or_facility_of_the_forces_is_no_body_of_its_own():
    # xwlb-2023: 乌军指挥部/ORG|被|摧毁, 俄军|雷达站 — targets struck, unnamed: the forces alone (not 俄军黑海舰队, a unit named)
    agencies, _ = _agencies("俄军雷达站被击中，乌军指挥部被摧毁。俄军黑海舰队称，行动仍在继续。")
    assert {"俄罗斯武装力量", "乌克兰武装部队"} <= set(agencies)
    assert not any(label.endswith(("指挥部", "雷达站")) for label in agencies)


def test_sudans_paramilitary_forces_are_one_agency_and_their_leader_holds_a_post():
    # xwlb-20230829-17, xwlb-2023 (111 mentions a year read as nothing before): 苏丹快速支援部队|领导人|达加洛 …
    # 苏丹武装部队|与|快速支援部队 — one body, however written
    agencies, ex = _agencies("苏丹快速支援部队领导人达加洛27日称，愿朝着长期停火的方向努力。苏丹武装部队与快速支援部队15日在首都喀土穆"
                             "爆发冲突。")
    assert "苏丹快速支援部队" in agencies and "快速支援部队" in agencies["苏丹快速支援部队"].aliases
    assert "快速支援部队" not in agencies
    labels = {e.id: e.label for e in ex.entities}
    assert ("达加洛", "领导人", "苏丹快速支援部队") in {(labels[r.subject], r.prop("title"), labels[r.object])
                                                   for r in ex.relations if r.predicate == "holdsPost"}


def test_the_eus_foreign_policy_chief():
    # xwlb-20230103-13 (8 in xwlb-2023): 欧盟|外交与安全政策高级代表|博雷利
    _, ex = _agencies("欧盟外交与安全政策高级代表博雷利表示，欧盟支持乌克兰。")
    labels = {e.id: e.label for e in ex.entities}
    assert ("博雷利", "外交与安全政策高级代表", "欧盟") in {(labels[r.subject], r.prop("title"), labels[r.object])
                                                        for r in ex.relations if r.predicate == "holdsPost"}


def test_the_us_forces_are_one_agency_and_their_joint_chiefs_another():
    # xwlb-2023 (51 stories name 美军): 美军|在|伊拉克|驻扎 — the forces, a body (issue #19: armed groups are agencies);
    # xwlb-20230617-12: 美军|参谋长|联席会议|主席|马克·米利 — the joint chiefs, whole, not cut by the forces' word
    agencies, ex = _agencies("美军参谋长联席会议主席米利表示，美军在伊拉克驻扎。美军中央司令部当天发表声明。")
    assert "美国军队" in agencies and "美军" in agencies["美国军队"].aliases, agencies.keys()
    assert "美军参谋长联席会议" in agencies and "美军中央司令部" in agencies, agencies.keys()
    labels = {e.id: e.label for e in ex.entities}
    assert ("米利", "主席", "美军参谋长联席会议") in {(labels[r.subject], r.prop("title"), labels[r.object])
                                                for r in ex.relations if r.predicate == "holdsPost"}
    assert not any(e.type == "Place" and e.label == "美军" for e in ex.entities)
