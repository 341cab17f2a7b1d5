"""What a local page's furniture says about its articles (real pages of county and city sites,
2023-2025, public excerpts found with the workplace's search tool): the medium a source field
credits the article to is an organisation of the graph, a catalogue's table copied as text is
fields and no headline, a dateline may credit its writers by name alone, and a page that never
names China does not make the country a place of its graph."""
from __future__ import annotations

import kgraph
from kgraph.extraction.pipeline import extract_sources
from kgraph.ingest.layout import header_fields
from kgraph.model import Source

from .conftest import by_label, related_pairs, titled_posts

# a county's police news copied from a city paper's site (平阳县, 2025): the source field opens and
# closes the page
POLICE_PAGE = """民警三计连出锁定逃犯
发布时间:2025年09月19日来源:温州都市报
提到户籍大厅,一般人只想到排队办业务,近日,平阳县公安局海西派出所的户籍大厅却画风大变,演绎了一场 “三计连出抓逃犯”的精彩大戏。
来源:温州都市报
原标题:民警三计连出锁定逃犯
监制:张佳玮 | 责任编辑:张朋杰 | 编辑:姜珂珂
"""

# a county's 政府信息公开 page (元江县, 2024): its catalogue is a table copied as text
CATALOGUE_PAGE = """索引号 | 53040020241555592 | 文     号 |   |
来   源 | 玉溪网 | 公开日期 | 2024-09-19 |
凤凰家园小区开展节日活动增进沟通交流
9月13日上午,元江县红河街道的凤凰家园小区里充满了欢声笑语,一场以“凝聚党群心 共筑邻里情”为主题的迎中秋活动火热开展。
"""


def test_the_medium_a_source_field_credits_is_an_agency_once():
    result = kgraph.extract_text(POLICE_PAGE)
    assert "温州都市报" in by_label(result, "Agency")
    # the footer's fields and credits split by bars close the article and start none
    assert [(d.title, d.publishers[0][0]) for d in result.documents] == [("民警三计连出锁定逃犯", "温州都市报")]
    assert {"张佳玮", "张朋杰", "姜珂珂"} <= set(by_label(result, "Person"))


def test_a_catalogue_table_is_fields_not_the_headline():
    # 来   源 | 玉溪网 |: the label padded to its column, the cells split by bars
    assert [(f.label, f.kind, f.value) for f in header_fields("来   源 | 玉溪网 | 公开日期 | 2024-09-19 |")] == [
        ("来源", "source", "玉溪网"), ("公开日期", "date", "2024-09-19")]
    assert [f.label for f in header_fields("索引号 | 53040020241555592 | 文     号 |   |")] == ["索引号", "文号"]
    result = kgraph.extract_text(CATALOGUE_PAGE)
    assert [(d.title, d.date) for d in result.documents] == [("凤凰家园小区开展节日活动增进沟通交流", "2024-09-19")]
    assert "玉溪网" in by_label(result, "Agency")


def test_a_content_update_time_dates_the_page_and_its_source_is_the_county_paper():
    # 闽侯县's paper (2025): 内容更新时间 is a date field, and the paper's name tells the page's county
    page = ("县政府常务会议召开\n内容更新时间:2025-05-30 07:56:21来源:闽侯乡音报\n■县融媒体中心记者组\n"
            "本报讯 5月23日,县政府党组书记、县长施家雄主持召开县政府党组会议和县政府2025年第16次常务会议。\n")
    result = kgraph.extract_text(page)
    assert result.documents[0].date == "2025-05-30"
    assert {"闽侯乡音报", "闽侯县人民政府"} <= set(by_label(result, "Agency"))


def test_a_dateline_may_credit_its_writers_by_name_alone():
    # 本报讯(吴才兵) (花垣县, 2023), 中新网吉林新闻5月10日电 (郭佳 郭善花) (敦化市, 2023)
    result = kgraph.extract_text("本报讯(吴才兵)8月15日,花垣县公安局十八洞派出所组织警力深入辖区村寨开展走访入户宣传工作。")
    assert "吴才兵" in by_label(result, "Person")
    result = kgraph.extract_text("中新网吉林新闻5月10日电 (郭佳 郭善花)为充分发挥区域党建联盟在社区建设中的表率作用,"
                                 "近日,敦化市渤海街道红旗社区开展居民精神文明提升活动。")
    assert {"郭佳", "郭善花"} <= set(by_label(result, "Person"))
    # a credit of no names is none: (图片来源网络)
    assert not by_label(kgraph.extract_text("本报讯(图片来源网络)8月15日,花垣县召开会议。"), "Person")


CITY_PAGE = ("敦化市渤海街道红旗社区联合党建联盟单位市融媒体中心来到红旗社区新兴家园小区开展居民精神文明提升活动。\n"
             "活动中,融媒体中心主任李永贤带领30余名职工深入居民小区开展联合整治。\n")


def test_a_kind_of_body_alone_is_the_one_the_page_named_in_full():
    # 市融媒体中心 is 敦化市融媒体中心; 融媒体中心|主任|李永贤 after it holds his post there, and the model's
    # span that ran on to it (红旗社区联合党建联盟单位市融媒体中心/ORG) names nothing
    result = kgraph.extract_text(CITY_PAGE)
    agencies = set(by_label(result, "Agency"))
    assert "敦化市融媒体中心" in agencies and "融媒体中心" not in agencies, agencies
    assert not {a for a in agencies if "联盟单位" in a}, agencies
    assert ("李永贤", "敦化市融媒体中心") in related_pairs(CITY_PAGE, "holdsPost")
    # named nowhere in full, the kind alone gives no body and no post
    alone = "活动中,融媒体中心主任李永贤带领30余名职工深入居民小区开展联合整治。"
    assert "融媒体中心" not in by_label(kgraph.extract_text(alone), "Agency")


def test_a_body_of_a_place_written_before_its_level_keeps_its_name():
    # 马德里|市政府, 马德里|大区|政府 (xwlb-2023): no abbreviated body of a Chinese city inside them
    text = "由中国驻西班牙大使馆、马德里市政府和马德里大区政府共同举办的“欢乐春节”系列活动近日在马德里启动。"
    assert {"马德里市政府", "马德里大区政府"} <= set(by_label(kgraph.extract_text(text), "Agency"))


def test_china_is_a_place_of_a_page_only_where_it_is_written_or_the_story_is_national():
    # a district's page (合肥市蜀山区, 2023) that names 中国科学技术大学 but never China
    local = "近日,合肥市蜀山区区直单位及街居工作人员50余名党员、志愿者一道,赴中国科学技术大学北校区参与志愿服务活动。"
    assert "中华人民共和国" not in by_label(kgraph.extract_text(local), "Place")
    # the same words in a national medium's story: the university is China's (新闻联播 names no country either)
    national = extract_sources([Source(id="n", text=local, origin="n.jsonl:1", publication="新闻联播",
                                       single_article=True)])
    assert ("中国科学技术大学", "中华人民共和国") in {
        (e.label, o.label) for r in national.relations if r.predicate == "locatedIn"
        for e in national.entities if e.id == r.subject for o in national.entities if o.id == r.object}


def test_china_written_on_a_local_page_is_no_place_of_its_graph():
    # a community's page (元江县, 2024) writes 中国 as a word of its story (中国传统文化), not a place it reports on
    page = CATALOGUE_PAGE + "增强了居民对中国传统文化的认同感和归属感,促进了社区与居民的良性互动。\n"
    assert "中华人民共和国" not in by_label(kgraph.extract_text(page), "Place")
    # a sentence that says nothing of where it is from keeps it (People's Daily's 中国 is LOC)
    assert "中华人民共和国" in by_label(kgraph.extract_text("中国传统文化源远流长。"), "Place")


def test_a_credit_closing_a_paragraph_is_a_byline_and_an_offices_credit_is_no_text():
    # a city's page (常熟, 2023): …送上节日的祝福。(记者 施含韵) / 责编:苏州文明办 — the reporter whole, the
    # editing office no text of the article
    page = ("常熟虞山街道:山湖邀明月 共话邻里情\n"
            "中秋节前夕,张坝社区举办邻里节活动。本次活动还为志愿者和新业态新就业群体送上节日的祝福。(记者 施含韵)\n"
            "责编:苏州文明办\n")
    result = kgraph.extract_text(page)
    assert "施含韵" in by_label(result, "Person") and "施含" not in by_label(result, "Person")
    assert [r.name for r in result.documents[0].reporters] == ["施含韵"]
    assert len(result.documents) == 1 and "苏州文明办" not in by_label(result, "Person")


def test_header_lines_with_a_bare_time_a_join_time_and_a_counter_are_fields():
    # a magazine's site (2021) and a city's (2025): 时间:, 加入时间:, 点击:, 访问量: are fields, the source read
    fields = header_fields("时间:2021-04-30 09:49 来源:中国报道 作者:上官慧慧 点击:次")
    assert [(f.kind, f.value) for f in fields if f.kind in ("date", "source", "author")] == [
        ("date", "2021-04-30 09:49"), ("source", "中国报道"), ("author", "上官慧慧")]
    fields = header_fields("加入时间:2025-07-29 14:55 访问量:43 信息来源: 顺德城市网")
    assert [f.value for f in fields if f.kind == "source"] == ["顺德城市网"]
    # a sentence with a time in it is no header
    assert header_fields("活动时间：9月1日上午在县文化馆举行颁奖仪式。") is None


def test_a_source_field_naming_its_medium_and_its_reporter():
    # a city's news site (温州网, 2019): 来源: 温州网 王翼翔 — the medium, and its reporter after a space
    fields = header_fields("2019年05月17日 08:59:39 来源: 温州网 王翼翔")
    assert [(f.kind, f.value) for f in fields] == [("source", "温州网"), ("author", "王翼翔")]
    result = kgraph.extract_text("2019年05月17日 08:59:39 来源: 温州网 王翼翔\n\n温州网讯 在鹿城区五马街道乘凉社区,有一群志愿者。")
    assert "温州网" in by_label(result, "Agency") and "王翼翔" in by_label(result, "Person")


def test_a_dateline_with_no_credits_names_its_medium():
    # a province's news site (2015): 中国江苏网讯 作为… — the medium publishes the story, which starts after the space
    result = kgraph.extract_text("中国江苏网讯 作为南京市江宁区横溪街道试点社区之一,西泉社区以网格试点为抓手。")
    assert "中国江苏网" in by_label(result, "Agency")
    assert not any(m.text.startswith("中国江苏网讯") for e in result.entities for m in e.mentions)
    # the page's own (本报讯) names none
    assert not by_label(kgraph.extract_text("本报讯 作为试点社区之一,西泉社区以网格试点为抓手。"), "Agency")


def test_media_listed_in_a_dateline_are_each_a_medium():
    # a Hainan news site (2019): 新海南客户端、南海网、南国都市报5月27日消息(记者 利声富 文/图) — three media, no one
    # name of the three; 地处|三亚市|中心 (downtown) is no body of the city
    text = ("新海南客户端、南海网、南国都市报5月27日消息(记者 利声富 文/图)今年政府工作报告中指出,完善社区服务功能。"
            "众街社区,地处三亚市中心,又是老城区。")
    agencies = set(by_label(kgraph.extract_text(text), "Agency"))
    assert {"新海南客户端", "南海网", "南国都市报"} <= agencies
    assert not {a for a in agencies if "、" in a} and "三亚市中心" not in agencies


def test_a_header_line_opening_with_the_sites_name_and_address():
    # a province's news site (南海网, 2018): 南海网 http://www.hinews.cn 时间:… 来源:海棠发布 作者: — fields, so the
    # photo captions under it (区委书记、…工委书记刘冲 / 区人大常委会主任李安杰) join no line of text: no 刘冲区
    fields = header_fields("南海网 http://www.hinews.cn 时间:2018-03-09 11:14 来源:海棠发布 作者:")
    assert [(f.kind, f.value) for f in fields if f.kind in ("date", "source")] == [
        ("date", "2018-03-09 11:14"), ("source", "海棠发布")]
    text = ("南海网 http://www.hinews.cn 时间:2018-03-09 11:14 来源:海棠发布 作者:\n区委书记、市现代服务业产业园工委书记刘冲\n"
            "区人大常委会主任李安杰\n\n  3月8日上午,海棠区召开社会文明大行动暨创文巩卫工作会议。")
    agencies = set(by_label(kgraph.extract_text(text), "Agency"))
    assert "海棠发布" in agencies and not {a for a in agencies if a.startswith("刘冲")}


def test_media_a_page_names_in_its_masthead_menu_and_dateline():
    # a street's account (2021): 观海融媒 2021-05-14 13:57:03 under the headline — the account publishes the page,
    # and, its name naming no place, the page's towns still tell its home (凤山街道 of 香洲区); 10|大社区 is no
    # district 大社区 of 高雄市
    text = ("结成“志愿服务伙伴”!26个义工队牵手凤山街道10社区\n观海融媒 2021-05-14 13:57:03\n"
            "为探索社区治理新模式,5月13日,香洲区凤山街道举办资源对接会。调动香洲区义工联26个服务队与社区结对。"
            "凤山街道10大社区则根据居民需求介绍服务项目。")
    result = kgraph.extract_text(text)
    assert "观海融媒" in by_label(result, "Agency")
    assert not {"大社区", "高雄市", "台湾省"} & set(by_label(result, "AdministrativeDivision"))
    # a province paper's e-paper (2022): its group's media listed apart by bars
    agencies = set(by_label(kgraph.extract_text(
        "海南日报报业集团旗下媒体: 海南日报 |南国都市报 |南海网 |南岛晚报 |证券导报 |法制时报 |海南农垦报\n\n"
        "3月7日,海口首次召开区委书记月度工作点评会。"), "Agency"))
    assert {"海南日报", "南海网", "证券导报", "法制时报", "海南农垦报"} <= agencies
    # a site's links to others are no media of the page's (友情链接: 人民网 | 新华网 | …)
    from kgraph.ingest.layout import split_documents
    links = split_documents(Source(id="t", text="区委召开会议。\n友情链接: 人民网 | 新华网 | 央视网 | 光明网", origin="t"))
    assert not [p for d in links for p in d.publishers]
    # a province's news site (2025): 荆楚网(湖北日报网)讯(通讯员…) — the medium, its other name in brackets
    from kgraph.ingest.layout import page_publisher
    assert page_publisher("荆楚网(湖北日报网)讯(通讯员曾强坤、王粲)12月22日,团风县检察院召开新闻发布会。") == "荆楚网"


def test_an_accounts_column_and_a_sites_section_over_the_story_are_no_media():
    # an account's post (2024): 政务  2024-10-10 18:23  上海 — a column, no medium; a site's section alone under its
    # place in the site (首页 >华亭新闻>图片新闻 / 图片新闻, 2025): none either
    for text in ("区人大常委会召开会议\n政务   2024-10-10 18:23   上海\n\n10月10日,区人大常委会召开会议。",
                 "您的位置:首页 >华亭新闻>图片新闻 >详细内容\n\n图片新闻\n\n市农业农村委调研嘉定区相关工作\n\n7月10日上午,调研组到嘉定。"):
        assert not {a for a in by_label(kgraph.extract_text(text), "Agency") if a in ("政务", "图片新闻")}


def test_a_bodys_short_form_left_unresolved_on_a_local_page_is_no_name():
    # a county's page (平原县, 2021) naming its towns: 应急管理局 read by the model alone, no rule giving its division
    # (the county's? the city's?) — no name (GUIDELINES); a story with no home keeps it (pd-dev: ORG)
    page = ("德州新闻网讯(平原融媒记者 何世聪)3月16日,市长杨洪涛来平原县调研。平原县龙门街道、王凤楼镇负责人参加。"
            "会后,应急管理局开展检查。")
    assert "应急管理局" not in by_label(kgraph.extract_text(page), "Agency")
    assert "应急管理局" in by_label(kgraph.extract_text("会后,应急管理局开展检查。"), "Agency")
    # a bureau's unit alone is first the unit of the one bureau the article named (the sample page: 松滋市公安局 …
    # 刑侦大队), and so no short form left
    text = "松滋市公安局举行退赃大会。刑侦大队集合多方力量,侦破案件。"
    assert "松滋市公安局刑侦大队" in by_label(kgraph.extract_text(text, region="松滋市"), "Agency")


def test_a_magazine_named_so_in_a_dateline():
    # a magazine's site (2021): 中国报道讯(通讯员覃源 岑福山) — 中国报道, not 中国报 and a place 道
    from kgraph.ingest.layout import page_publisher
    assert page_publisher("时间:2021-04-30 09:49\n中国报道讯(通讯员覃源 岑福山)为了解景区建设进度。") == "中国报道"


def test_datelines_of_a_medium_and_a_one_character_place_and_a_notices_time_line():
    # the review's reproductions: 光明日报|京|讯, 江西日报|赣|讯, 新华社|沪|电 are a medium and its place; 时间: alone on a
    # notice's line is the meeting's time, no header field, and dates no page
    from kgraph.ingest.layout import page_publisher
    assert [page_publisher(f"{head}(记者 张三)今天召开会议。") for head in ("光明日报京讯", "江西日报赣讯", "新华社沪电")] \
        == ["光明日报", "江西日报", "新华社"]
    assert header_fields("时间:2024年5月20日上午9时") is None
    notice = ("县政府关于召开会议的通知\n各乡镇:\n经研究,定于召开全县安全生产工作会议。\n一、会议安排\n"
              "时间:2024年5月20日上午9时\n地点:县政府三楼会议室\n县政府办公室\n2024年5月13日\n")
    assert {d.date for d in kgraph.extract_text(notice).documents} == {"2024-05-13"}


# a city paper's site (天水日报, 2023): the dateline's credits in square brackets, an app and the paper joined by a dot
SQUARE_CREDITS = ("天水日报讯【新天水·天水日报记者马放】10月12日至13日,甘肃日报社社长王光庆一行来我市调研。"
                  "其间,市委副书记、市长王国先与王光庆座谈交流。")


def test_a_datelines_credits_in_square_brackets_name_the_papers_reporter():
    result = kgraph.extract_text(SQUARE_CREDITS)
    assert result.documents[0].publishers[0][0] == "天水日报"
    # 新天水·天水日报记者: the reporter is the paper's, not a medium named by both
    assert "新天水·天水日报" not in by_label(result, "Agency")
    posts = titled_posts(SQUARE_CREDITS)
    assert ("马放", "天水日报", "记者") in posts
    # the page is the city's: 市长 is 天水市's
    assert ("王国先", "天水市人民政府", "市长") in posts


def test_a_bare_dateline_of_a_paper_and_its_citys_media_centre_run_together_names_both():
    # 潍坊日报社潍坊融媒讯 秋收时节 (a city paper's site, 2024); not a site's channel (中新网河北新闻2月23日电)
    result = kgraph.extract_text("潍坊日报社潍坊融媒讯 秋收时节,在中国蔬菜之乡寿光,各种果蔬从大棚里下架上市,鼓起了菜农的“钱袋子”。")
    agencies = by_label(result, "Agency")
    assert {"潍坊日报社", "潍坊融媒"} <= set(agencies) and "潍坊日报社潍坊融媒" not in agencies
    # 菜农: a kind of people the model reads as a name
    assert "菜农" not in by_label(result, "Person")
    channel = by_label(kgraph.extract_text("中新网河北新闻2月23日电 (张鹏翔 潘志方)2月22日,河北省邢台市隆尧县城尧山街上红灯高挂。"),
                       "Agency")
    assert "河北新闻" not in channel


# a city paper's site (宜宾晚报, 2019): the source field with the day and the site's address after it, a street named
# after a city (中山街), and the paper's reporter credited by its kind after the text
YIBIN_PAGE = """宜宾市政协机关干部 走进小区开展创文活动

来源:宜宾晚报 2019-11-18 10:58   https://www.yybnet.net/

晚报讯 11月15日下午,宜宾市政协组织机关干部职工到翠屏区合江门街道中山社区50号小区开展创文活动。

中山社区50号小区,位于中山街与东街之间的中心路内,是市政协“双包双保”定点联系的小区。

市政协秘书长童叔刚参与当天的创文活动。

晚报记者 向伟
"""


def test_a_source_field_with_a_day_after_it_and_a_reporter_credited_by_the_papers_kind():
    fields = header_fields("来源:宜宾晚报 2019-11-18 10:58   https://www.yybnet.net/")
    assert [(f.kind, f.value) for f in fields] == [("source", "宜宾晚报"), ("date", "2019-11-18 10:58")]
    result = kgraph.extract_text(YIBIN_PAGE)
    assert len(result.documents) == 1 and result.documents[0].date == "2019-11-18"
    posts = titled_posts(YIBIN_PAGE)
    assert ("向伟", "宜宾晚报", "记者") in posts
    assert ("童叔刚", "宜宾市政协", "秘书长") in posts
    # 中山|街: the street the model reads whole, no 中山市 of 广东省
    assert not {"中山市", "广东省"} & set(by_label(result, "AdministrativeDivision"))


# a city paper's app (深圳特区报, 2022): a byline opening with a paper whose name ends in 报, the credits repeated in
# brackets after a field's label, and a street's short name in the column's title
SHENZHEN_PAGE = """黄贝之声 | 多级联动共商文华社区睦邻友好街区建设
深圳特区报记者 杜澎 通讯员 钟林 罗婷媚
5月12日,罗湖区民政局局长杨文秀、黄贝街道党工委书记丘志、罗湖区妇联副主席田林等参加座谈。
接下来,黄贝街道将持续推动文华社区睦邻友好街区建设。
(作者:深圳特区报记者 杜澎 通讯员 钟林 罗婷媚)
"""


def test_a_byline_opening_with_a_paper_and_credits_after_a_label_name_the_paper():
    result = kgraph.extract_text(SHENZHEN_PAGE)
    agencies = by_label(result, "Agency")
    assert "深圳特区报" in agencies and not any(label.startswith("作者") for label in agencies)
    assert ("杜澎", "深圳特区报", "记者") in titled_posts(SHENZHEN_PAGE)
    assert "黄贝" not in by_label(result, "Person")  # 黄贝街道's short name


# a province's news site's county station (红网, 2016): a header of credits under two roles and the day, a dateline
# of the site's station whose name has one character before its ending
HONGWANG_PAGE = """杨昶检查汉寿县水库防汛工作

来源:红网 作者:宋国强 编辑:曾小颖 实习编辑 于佳丽 2016-07-06 09:40:05

  红网汉寿站7月6日讯(分站记者 宋国强)4日下午,湖南省汉寿县委副书记、县长杨昶到丰家铺镇、太子庙镇检查水库防汛工作。
"""


def test_header_credits_under_two_roles_with_the_day_and_a_sites_station_dateline():
    fields = header_fields("来源:红网 作者:宋国强 编辑:曾小颖 实习编辑 于佳丽 2016-07-06 09:40:05")
    assert [(f.label, f.kind, f.value) for f in fields][2:] == [
        ("编辑", "author", "曾小颖"), ("实习编辑", "author", "于佳丽"), ("编辑", "date", "2016-07-06 09:40:05")]
    result = kgraph.extract_text(HONGWANG_PAGE)
    assert {"曾小颖", "于佳丽", "宋国强"} <= set(by_label(result, "Person"))
    assert "汉寿站" not in by_label(result, "Agency")
    assert ("宋国强", "红网", "记者") in titled_posts(HONGWANG_PAGE)


# a county's news site (闽清新闻网, 2023): the site's address and the day on a line of their own before the dateline
MINQING_PAGE = """县领导带队开展节前安全生产检查及调研工作

http://www.mqxww.com  2023-05-04 09:47:52

  闽清新闻网讯  佳节逢盛会,安全要保障。4月25日,县委书记孙利带队前往金沙镇、坂东镇开展节前安全生产检查。

  孙利强调,安全生产责任重于泰山,事关人民生命财产安全。接着,孙利一行来到金沙镇主街道,察看主街道立面改造情况。
"""


def test_a_line_of_the_sites_address_and_the_day_is_furniture_and_the_dateline_after_it_is_read():
    result = kgraph.extract_text(MINQING_PAGE)
    assert result.documents[0].publishers[0][0] == "闽清新闻网"
    assert "http" not in result.documents[0].text
    # 重于泰山: a saying, no place; 金沙镇|主街道: the town's main street, no street (街道) inside a town
    assert "泰山" not in by_label(result, "Place")
    assert not any(label.endswith("主街道") for label in by_label(result, "AdministrativeDivision"))


# a city's government site (呼伦贝尔市, 2021): the bodies that run the site named in its footer, under the story
HULUNBUIR_PAGE = """11月12日,呼伦贝尔市教育局党组成员、市政府教育督导团总督学白金山带领市教育局相关负责人到牙克石市开展专项督导。
下一步牙克石市将按照督导组的要求和意见,抓紧时间整改。
扫一扫在手机打开当前页
主办:呼伦贝尔市人民政府办公室 承办:呼伦贝尔市政务服务与数据管理局 联系我们 站点地图
"""


def test_the_bodies_a_sites_footer_names_under_the_story_are_agencies():
    result = kgraph.extract_text(HULUNBUIR_PAGE)
    assert {"呼伦贝尔市人民政府办公室", "呼伦贝尔市政务服务与数据管理局"} <= set(by_label(result, "Agency"))


def test_a_bare_periodical_kind_with_no_paper_of_the_page_is_no_medium_and_a_site_dateline_with_xiaoxi():
    # (时报记者 郑育俊 通讯员 林振宁) under 来源:本站 (a district's site, 2025): no paper named 时报
    result = kgraph.extract_text("【发布日期:2025-06-27】 【来源:本站】\n秀屿区召开优化营商环境座谈会。\n(时报记者 郑育俊 通讯员 林振宁)\n")
    assert "时报" not in by_label(result, "Agency") and "郑育俊" in by_label(result, "Person")
    # 四川新闻网消息 为全面贯彻… (a province's news site, 2021): 消息 for 讯 in a bare dateline
    result = kgraph.extract_text("四川新闻网消息 为全面贯彻全市公安工作会议精神,筠连县公安局召开动员部署会。\n")
    assert result.documents[0].publishers[0][0] == "四川新闻网"
    # 川滇结合部: where two provinces meet, no department
    assert "川滇结合部" not in by_label(kgraph.extract_text("为建成川滇结合部商贸枢纽门户营造安全稳定的社会环境。"), "Agency")


def test_a_surname_padded_apart_from_its_name_and_a_day_glued_to_the_source():
    # 编辑: 万 先觉 (重庆法治报's site, 2023): the surname padded apart; 来源:中国新闻网2023-03-14 09:31 (a prefecture's
    # site, 2023): the day glued to the medium
    fields = header_fields("时间: 2023-02-02 来源: 重庆法治报 编辑: 万 先觉 阅读量:15510")
    assert ("author", "万 先觉") in [(f.kind, f.value) for f in fields]
    result = kgraph.extract_text("时间: 2023-02-02 来源: 重庆法治报 编辑: 万 先觉 阅读量:15510\n垫江县检察院开展公益诉讼工作。\n")
    assert "万先觉" in by_label(result, "Person") and "重庆法治报" in by_label(result, "Agency")
    assert [(f.kind, f.value) for f in header_fields("来源:中国新闻网2023-03-14 09:31")] == [
        ("source", "中国新闻网"), ("date", "2023-03-14 09:31")]


def test_a_media_centre_credited_by_its_level_or_its_countys_short_name_is_the_countys():
    # 信息来源:县融媒体中心 (平利县's site, 2022); 德州新闻网讯(平原融媒记者 何世聪) on a page naming 平原县 (2021)
    result = kgraph.extract_text("信息来源:县融媒体中心 作者:吴波 发布时间:2022-07-19 08:21\n7月18日,县委书记杨军调研平利县经开区。\n")
    agencies = by_label(result, "Agency")
    assert "平利县融媒体中心" in agencies and "县融媒体中心" not in agencies
    page = "德州新闻网讯(平原融媒记者 何世聪)3月16日,德州市委副书记、市长杨洪涛来平原县调研乡村振兴融合发展工作。\n"
    posts = titled_posts(page)
    assert ("何世聪", "平原县融媒体中心", "记者") in posts and ("何世聪", "德州新闻网", "记者") not in posts


def test_a_body_credited_as_editor_is_no_person_and_a_source_field_may_say_from():
    # a street's site (2023): 编辑:党政办 审核:党政办, the street's office; a city's news site (2015): 来自:宁德新闻网
    # beside the time and the comments' count
    people = by_label(kgraph.extract_text("社区召开会议。\n供稿:公共管理办\n编辑:党政办\n审核:党政办\n"), "Person")
    assert not people
    # a name ending so is a name (王文科)
    assert "王文科" in by_label(kgraph.extract_text("社区召开会议。\n编辑:王文科\n"), "Person")
    result = kgraph.extract_text("寿宁法院生态修复\n2015-05-06 14:45:02   来自:宁德新闻网   评论:0\n"
                                 "寿宁县法院消息 (吴苏梅 叶兴娇)日前,寿宁县人民法院召开会议。\n")
    assert "宁德新闻网" in by_label(result, "Agency") and result.documents[0].date == "2015-05-06"


def test_a_source_fields_body_lies_in_the_division_its_name_opens_with():
    # a county-level city's site (如皋市, 2019): 来源:如皋市人民政府 — the government of 如皋市, which the page names
    page = ("南通市工商联领导来如调研亲清政商关系\n来源:如皋市人民政府 发布时间:2019-07-12 08:37\n"
            "近日,南通市委统战部副部长王虎一行来如皋市调研。\n")
    assert ("如皋市人民政府", "如皋市") in related_pairs(page, "locatedIn")
    # a national medium names no division of the page (来源:人民日报), nor a district its name opens with the short name
    # of (光明日报 on a page of 光明区)
    page = "来源:人民日报\n近日,南通市委统战部副部长王虎一行来如皋市调研。\n"
    assert not any(subject == "人民日报" for subject, _ in related_pairs(page, "locatedIn"))
    extraction = kgraph.extract_text("来源:光明日报\n近日,光明区委书记李明到公明街道调研。\n", region="光明区")
    labels = {e.id: e.label for e in extraction.entities}
    assert not any(labels[r.subject] == "光明日报" for r in extraction.relations if r.predicate == "locatedIn")


def test_a_date_field_labelled_as_published_ends_the_editors_name_before_it():
    # a city paper's site (赤峰日报社, 2020): 编辑:付明泽 发表日期:2020-05-28 — no person 发表
    page = "来源:赤峰日报社 作者:转载 编辑:付明泽 发表日期:2020-05-28 浏览次数:1061\n5月27日,赤峰市召开会议。\n"
    result = kgraph.extract_text(page)
    assert set(by_label(result, "Person")) == {"付明泽"} and result.documents[0].date == "2020-05-28"


def test_a_header_line_may_open_with_its_body_and_day_and_a_source_may_be_a_papers_platform():
    # 伊通满族自治县人民政府|   2020-10-17 08:29:00   来源: 伊通发布 (a county's site, 2020): the site's body and the
    # day open the line of fields, and the county's account is the source
    assert [(f.kind, f.value) for f in header_fields("伊通满族自治县人民政府   2020-10-17 08:29:00   来源: 伊通发布")] \
        == [("source", "伊通发布")]
    # 来源: 安徽日报党媒云 2025-12-26 09:54:21 (a community's page, 2025): a paper's platform, then the day
    fields = header_fields("来源: 安徽日报党媒云 2025-12-26 09:54:21 责编: 王霞 陈亮 王素英")
    assert [(f.kind, f.value) for f in fields][:2] == [("source", "安徽日报党媒云"), ("date", "2025-12-26 09:54:21")]
    # a line that opens with words, no body and day, is still no header
    assert header_fields("会议强调 2020-10-17 来源: 伊通发布") is None
    result = kgraph.extract_text("稻香村街道金寨南路社区召开考核会\n来源: 安徽日报党媒云 2025-12-26 09:54:21 责编: 王霞\n"
                                 "近日,合肥市蜀山区稻香村街道金寨南路社区党委召开考核评议会。\n")
    assert "安徽日报党媒云" in by_label(result, "Agency")


def test_a_dateline_in_brackets_and_one_whose_credits_follow_the_day():
    # (中国乡镇网陕西讯)6月8日上午,… (a township's report on a national site, 2018): the whole dateline in brackets
    result = kgraph.extract_text("(中国乡镇网陕西讯)6月8日上午,陕西华州区莲花寺镇召开党委扩大会传达学习电视电话会议精神。")
    assert "中国乡镇网" in by_label(result, "Agency")
    # 东北网12月6日(记者郑通 迟亦达 编辑彭佳丽)6日,… (a province's news site, 2017): no 讯, the credits right after the day
    result = kgraph.extract_text("东北网12月6日(记者郑通 迟亦达 编辑彭佳丽)6日,由黑龙江省民族事务委员会主办,东北网承办的活动在大庆市举行。")
    assert "东北网" in by_label(result, "Agency")
    assert {"郑通", "迟亦达", "彭佳丽"} <= set(by_label(result, "Person"))
    # but a day and words in brackets that credit no one are no dateline
    result = kgraph.extract_text("东北网12月6日(周三)发布消息,黑龙江省民族事务委员会召开会议。")
    assert "周三" not in by_label(result, "Person")


def test_a_dateline_of_a_group_and_its_paper_and_the_day_right_after_it():
    # 大众报业·鲁中晨报淄博8月7日讯8月5日上午,… (a city paper's, 2020): the group and its paper, no space after 讯
    result = kgraph.extract_text("大众报业·鲁中晨报淄博8月7日讯8月5日上午,湖田街道举行中共张店区委党校湖田街道党工委分校揭牌仪式。")
    agencies = set(by_label(result, "Agency"))
    assert {"大众报业", "鲁中晨报"} <= agencies and "大众报业·鲁中" not in agencies


def test_a_source_field_may_credit_a_body_of_a_long_name():
    # 来源:沅陵县人大常委会办公室 (a county congress's page, 2022): the office of the standing committee, an agency
    result = kgraph.extract_text("县人大常委会主任调研乡镇人大工作\n来源:沅陵县人大常委会办公室\n"
                                 "近日,沅陵县人大常委会主任到乡镇调研人大工作。\n")
    assert "沅陵县人大常委会办公室" in by_label(result, "Agency")
    # but a long value of no body's head is no source's name
    assert not _credited("来源:据有关方面统计今年全县共有")


def _credited(line: str) -> bool:
    fields = header_fields(line) or []
    from kgraph.ingest.layout import _credited_medium
    return any(f.kind == "source" and _credited_medium(f.value) for f in fields)
