"""Names of the right kind (issue 19, round 5): foreign towns the text places (在|巴赫穆特),
regions by their kind word (奥里萨邦, 别尔哥罗德州), organisations by what the text calls them
(评级机构|穆迪, 卡桑|旅), a word the model read as a name (军乐|团), and people named only inside
another word (马克思|主义, 阿连德|政府).

Read on a hand-built :class:`Analysis` (the model's words written in the test) and end to
end on stories of CCTV 新闻联播 transcripts of 2023 (``../shared/corpus/news/xwlb-2023.jsonl``: the stories
are in :data:`tests.test_names_types.NEWS_TYPES`)."""
from .test_names_types import _chosen, _repaired


def test_a_foreign_name_after_a_word_of_place_is_a_place():
    # xwlb-20230114-08 这有助于俄军切断乌军在巴赫穆特的补给线 (the model: 巴赫穆特/PER)
    found = _chosen(("俄军", "n"), ("切断", "v"), ("乌军", "n"), ("在", "p"), ("巴赫穆特", "PER"), ("的", "u"),
                    ("补给", "vn"), ("线", "n"), ("。", "w"))
    assert ("巴赫穆特", "Place") in found and ("巴赫穆特", "Person") not in found
    # the same name elsewhere in the article follows: 但|巴赫穆特|的战斗仍在持续 (xwlb-20230126-12)
    found = _chosen(("乌军", "n"), ("在", "p"), ("巴赫穆特", "PER"), ("击退", "v"), ("俄军", "n"), ("。", "w"),
                    ("但", "c"), ("巴赫穆特", "PER"), ("的", "u"), ("战斗", "vn"), ("仍", "d"), ("在", "p"),
                    ("持续", "vd"), ("。", "w"))
    assert ("巴赫穆特", "Person") not in found


def test_a_person_after_a_word_of_place_stays_a_person():
    # a title or a phrase of circumstance after the name: 在|普京|总统…, 在|拜登|的邀请下
    found = _chosen(("在", "p"), ("普京", "PER"), ("总统", "n"), ("坚强", "a"), ("领导", "vn"), ("下", "f"),
                    ("，", "w"), ("俄罗斯", "LOC"), ("发展", "v"))
    assert ("普京", "Person") in found
    found = _chosen(("在", "p"), ("拜登", "PER"), ("的", "u"), ("邀请", "vn"), ("下", "f"), ("，", "w"),
                    ("尹锡悦", "PER"), ("访问", "v"), ("美国", "LOC"))
    assert ("拜登", "Person") in found
    # a Chinese name after 在 is a person's (在|李强|陪同下 is read as a Chinese name)
    found = _chosen(("在", "p"), ("李强", "PER"), ("陪同", "v"), ("下", "f"), ("，", "w"), ("桑切斯", "PER"),
                    ("检阅", "v"))
    assert ("李强", "Person") in found


def test_a_foreign_name_after_a_verb_that_takes_a_place_is_a_place():
    # xwlb-20230424-12 俄方还控制了巴赫穆特更多区域 (了 between the verb and the name)
    found = _chosen(("俄方", "n"), ("还", "d"), ("控制", "v"), ("了", "u"), ("巴赫穆特", "PER"), ("更", "d"),
                    ("多", "a"), ("区域", "n"), ("。", "w"))
    assert ("巴赫穆特", "Place") in found
    # xwlb-20230622-13 对连接赫尔松与克里米亚的多座桥梁实施打击: 赫尔松 has a Chinese name's shape, but 赫 and 尔
    # write foreign names
    found = _chosen(("对", "p"), ("连接", "v"), ("赫尔松", "PER"), ("与", "p"), ("克里米亚", "LOC"), ("的", "u"),
                    ("多座", "m"), ("桥梁", "n"), ("实施", "v"), ("打击", "vn"))
    assert ("赫尔松", "Place") in found and ("赫尔松", "Person") not in found


def test_a_person_written_whole_or_after_a_title_stays_a_person_after_a_word_of_place():
    # xwlb-20230303-13 美国资深调查记者西摩·赫什…在西摩·赫什的报道出来之后
    found = _chosen(("美国", "LOC"), ("资深", "a"), ("调查", "vn"), ("记者", "n"), ("西摩·赫什", "PER"), ("今天", "TIME"),
                    ("接受", "v"), ("采访", "vn"), ("。", "w"), ("在", "p"), ("西摩·赫什", "PER"), ("的", "u"),
                    ("报道", "n"), ("出来", "v"), ("之后", "f"))
    assert ("西摩·赫什", "Person") in found and ("西摩·赫什", "Place") not in found
    # a name with a Chinese name's shape after a preposition of place is a person's: 在|林毅夫|发表演讲时
    found = _chosen(("在", "p"), ("林毅夫", "PER"), ("发表", "v"), ("演讲", "vn"), ("时", "n"))
    assert ("林毅夫", "Person") in found


def test_a_name_before_a_front_is_a_place():
    # xwlb-20231228-10 目前，库皮扬斯克、巴赫穆特等前线形势复杂
    found = _chosen(("目前", "TIME"), ("，", "w"), ("库皮扬斯克", "PER"), ("、", "w"), ("巴赫穆特", "PER"),
                    ("等", "u"), ("前线", "n"), ("形势", "n"), ("复杂", "a"))
    assert {("库皮扬斯克", "Place"), ("巴赫穆特", "Place")} <= found


def test_a_name_listed_with_a_place_its_context_made_is_a_place():
    # xwlb-20230726-14 乌军继续在巴赫穆特、梅利托波尔和别尔江斯克展开行动
    found = _chosen(("乌军", "n"), ("继续", "vd"), ("在", "p"), ("巴赫穆特", "PER"), ("、", "w"),
                    ("梅利托波尔", "PER"), ("和", "c"), ("别尔江斯克", "PER"), ("展开", "v"), ("行动", "vn"))
    assert {("巴赫穆特", "Place"), ("梅利托波尔", "Place")} <= found


def test_a_list_item_ends_where_the_segmenter_reads_its_word():
    # xwlb-20230701-10 乌军继续在扎波罗热地区的梅利托波尔和别尔江斯克方向采取进攻 (the model: 别尔/LOC|江斯克/PER;
    # jieba: 别尔江斯克)
    found = _chosen(("乌军", "PER"), ("继续", "vd"), ("在", "p"), ("扎波罗热", "LOC"), ("地区", "n"), ("的", "u"),
                    ("梅利托波尔", "PER"), ("和", "c"), ("别尔", "LOC"), ("江斯克", "PER"), ("方向", "n"),
                    ("采取", "v"), ("进攻", "vn"))
    assert ("梅利托波尔", "Place") in found and ("梅利托波尔", "Person") not in found


def test_a_foreign_name_ending_in_a_regions_kind_is_a_place():
    # xwlb-20230603-01 习近平就印度奥里萨邦列车脱轨相撞事故向印度总统致慰问电 (the model: 奥里/PER|萨邦/PER)
    assert _repaired(("印度", "LOC"), ("奥里萨邦", "PER"), ("列车", "n"), ("脱轨", "v"), span="奥里萨邦") == [
        ("奥里萨邦", "Place")]
    # xwlb-20230816-10 试图在别尔哥罗德州发动袭击 (the model: 别尔哥/LOC|罗德州/PER; jieba: 别尔哥罗德|州)
    assert _repaired(("试图", "v"), ("在", "p"), ("别尔哥", "LOC"), ("罗德州", "PER"), ("发动", "v"),
                     ("袭击", "vn"), span="罗德州") == [("别尔哥罗德州", "Place")]
    # a Chinese name that ends in such a character is a person's: 王亚州|表示
    assert _repaired(("记者", "n"), ("王亚州", "PER"), ("表示", "v"), span="王亚州") == [("王亚州", "Person")]


def test_a_foreign_word_and_an_armed_units_kind_name_an_organisation():
    # xwlb-20231009-12 哈马斯下属武装派别卡桑旅发言人8日表示 (jieba: 卡桑|旅)
    assert _repaired(("哈马斯", "ORG"), ("下属", "v"), ("武装", "n"), ("派别", "n"), ("卡桑旅", "PER"),
                     ("发言人", "n"), span="卡桑旅") == [("卡桑旅", "Agency")]


def test_a_name_after_a_kind_of_organisation_is_the_organisations_everywhere():
    # xwlb-20230808-11 国际评级机构穆迪7号下调…此外，穆迪还将另外11家美国银行…
    found = _chosen(("国际", "n"), ("评级", "vn"), ("机构", "n"), ("穆迪", "ORG"), ("下调", "v"), ("评级", "vn"),
                    ("。", "w"), ("此外", "c"), ("，", "w"), ("穆迪", "PER"), ("还", "d"), ("将", "p"), ("评级", "vn"),
                    ("下调", "v"))
    assert ("穆迪", "Agency") in found and ("穆迪", "Person") not in found
    # xwlb-20230322-11 国际评级机构穆迪公司21日称…穆迪指出 (written with the company's head)
    found = _chosen(("穆迪公司", "ORG"), ("21日", "TIME"), ("称", "v"), ("。", "w"), ("穆迪", "PER"), ("指出", "v"))
    assert ("穆迪", "Person") not in found
    # 组织 is also a verb, no kind of organisation: 南昌|组织|习近平新时代中国特色社会主义思想专题读书 (xwlb-20231005-02)
    found = _chosen(("南昌", "LOC"), ("组织", "v"), ("习近平", "PER"), ("新时代", "n"), ("思想", "n"), ("专题", "n"),
                    ("读书", "v"), ("。", "w"))
    assert ("习近平", "Person") in found
    # a person the dictionary knows keeps his name beside his company's: 李宁公司 … 李宁表示
    found = _chosen(("李宁公司", "ORG"), ("成立", "v"), ("。", "w"), ("李宁", "PER"), ("表示", "v"))
    assert ("李宁", "Person") in found


def test_a_name_never_ends_inside_an_organisations_name():
    # xwlb-20230331-06 军乐团奏西中两国国歌 (the model: 军乐/PER|团奏/n; jieba: 军乐团/nt)
    assert _repaired(("军乐", "PER"), ("团奏", "n"), ("西", "f"), ("中", "f"), ("两国", "m"), ("国歌", "n"),
                     ("。", "w"), span="军乐") == []


def test_a_doctrine_names_the_person_it_is_named_after():
    # xwlb-20230101-01 不断提高马克思主义理论水平 (the model: 马克思主义/nz)
    found = _chosen(("不断", "d"), ("提高", "v"), ("马克思主义", "nz"), ("理论", "n"), ("水平", "n"), ("。", "w"))
    assert ("马克思", "Person") in found
    # the model reads the name apart, of no entity's type: 学习|邓小平/nz|理论
    found = _chosen(("学习", "v"), ("邓小平", "nz"), ("理论", "n"), ("，", "w"))
    assert ("邓小平", "Person") in found
    # a doctrine named after no person: 中国特色|社会主义|思想, 三民主义
    found = _chosen(("中国", "LOC"), ("特色", "n"), ("社会主义", "n"), ("思想", "n"), ("和", "c"), ("三民主义", "nz"))
    assert not {name for name, type_ in found if type_ == "Person"}
    # a common noun before the head, which jieba happens to tag nr: 习近平|生态|文明/n|思想 (xwlb-20230217-01)
    found = _chosen(("学习", "v"), ("习近平", "PER"), ("生态", "n"), ("文明", "n"), ("思想", "n"), ("。", "w"))
    assert ("文明", "Person") not in found and ("习近平", "Person") in found


def test_an_administration_names_the_leader_it_is_named_after():
    # xwlb-20230912-15 …发动军事政变推翻了阿连德政府 (the model: 阿连德政府/ORG; jieba: 阿连德/nr)
    assert _repaired(("推翻", "v"), ("了", "u"), ("阿连德政府", "ORG"), ("，", "w"), span="阿连德政府",
                     type_="Agency") == [("阿连德", "Person")]
    # a government of a place, or of a name the dictionary does not hold as a person's, names nobody
    assert _repaired(("特区政府", "ORG"), ("表示", "v"), span="特区政府", type_="Agency") == []
