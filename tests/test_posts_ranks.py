"""Posts by a civil servant's rank and an association's executive deputy, in a charity federation (real county and
city pages, 2012-2024: 市民政局三级调研员郗小芬, 广元市司法局四级调研员赵向东, 县红十字会常务副会长, 县慈善总会会长)."""
from __future__ import annotations

from .conftest import agency_labels, titled_posts


def test_a_rank_held_in_a_body_is_a_post():
    # 4月7日,安徽省民政厅二级调研员张明到歙县调研 (a county's page, 2015, names changed)
    posts = titled_posts("4月7日,安徽省民政厅二级调研员张明到歙县调研,歙县民政局局长李华陪同。")
    assert ("张明", "安徽省民政厅", "二级调研员") in posts and ("李华", "歙县民政局", "局长") in posts
    # the older ranks: 市政府副巡视员 (xwlb-2023's local items)
    assert ("王刚", "荆州市人民政府", "副巡视员") in titled_posts("荆州市政府副巡视员王刚出席会议。")


def test_an_executive_deputy_and_a_charity_federation_by_its_level():
    # 县红十字会常务副会长赵亮; 县慈善总会会长李华 (仁寿县's page, 2012, names changed): the county's bodies
    posts = titled_posts("仁寿县召开会议。县慈善总会会长李华、县红十字会常务副会长赵亮出席。")
    assert {("李华", "仁寿县慈善总会", "会长"), ("赵亮", "仁寿县红十字会", "常务副会长")} <= posts
    assert "仁寿县慈善总会" in agency_labels("仁寿县召开会议。县慈善总会会长李华出席。")


def test_a_police_chief_and_ranks_in_the_station():
    # 武林派出所社区警长楼靖 (a district police's page, 2023); the police ranks of 2021's law (一级警长)
    assert ("楼靖", "武林派出所", "社区警长") in titled_posts("杭州市下城区武林街道召开会议。武林派出所社区警长楼靖介绍了情况。")
    assert ("李明", "卓尼县公安局城关派出所", "一级警长") in titled_posts("卓尼县公安局城关派出所一级警长李明介绍了情况。")


def test_a_working_bodys_commander_and_convener():
    # 县人大副主任、白金指挥部副指挥长黄坚陪同调研 (闽清县's page, 2017): a chain into a working body's 副指挥长 (the congress
    # written for its standing committee, whose deputy director he is)
    posts = titled_posts("4月25日,闽清县召开会议。县人大副主任、白金指挥部副指挥长黄坚陪同调研。")
    assert {("黄坚", "闽清县人大常委会", "副主任"), ("黄坚", "闽清县白金指挥部", "副指挥长")} <= posts
    # a county's flood headquarters' commander (防汛抗旱指挥部|指挥长) and its commander-in-chief (总指挥)
    assert ("李国华", "盐亭县防汛抗旱指挥部", "指挥长") in titled_posts("盐亭县召开会议。县防汛抗旱指挥部指挥长李国华讲话。")
    assert ("李国华", "盐亭县防汛抗旱指挥部", "总指挥") in titled_posts("盐亭县召开会议。县防汛抗旱指挥部总指挥李国华讲话。")
    # a joint conference's convener (县打击治理电信网络新型违法犯罪工作联席会议|总召集人, 涿鹿县's page, 2022), in a body whose
    # name the posts stage reads back from the title (data/posts/body_heads.txt)
    posts = titled_posts("涿鹿县召开会议。禁毒工作联席会议总召集人李国华讲话,禁毒工作联席会议召集人王刚主持。")
    assert ("李国华", "禁毒工作联席会议", "总召集人") in posts and ("王刚", "禁毒工作联席会议", "召集人") in posts
