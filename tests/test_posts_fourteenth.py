"""Posts of foreign holders that China's central bodies must not take (issue #18 precision, the
round-14 sweep of ../shared/corpus/news/xwlb-2023.jsonl): a title after the name that implies one of
China's single-holder posts when another person of the story holds it (习近平总书记和|阮富仲|总书记:
data/posts/single_holders.tsv); a central post implied for one the story gives a foreign country's
post (越南国家主席武文赏 … 国家主席|武文赏); 政府|总理 written without a country (a foreign
government's: data/posts/country_bodies.txt).  Sentences copied from the stories named, read end to end."""
import kgraph


def _holdings(text: str) -> set[tuple[str, str, str, bool]]:
    ex = kgraph.extract_text(text, doc_id="t")
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], labels[r.object], r.prop("title"), bool(r.prop("former")))
            for r in ex.relations if r.predicate == "holdsPost"}


def _organisations_of(text: str, person: str, prefix: bool = False) -> set[str]:
    return {organisation for name, organisation, _, _ in _holdings(text)
            if name == person or prefix and name.startswith(person)}


# --- China's single-holder posts, implied after the name

def test_a_second_holder_of_the_general_secretary_title_is_no_holder_of_chinas():
    # xwlb-20230626-04: 习近平总书记和|阮富仲|总书记 — 越南's leader, not a second 中共中央 总书记
    holdings = _holdings("今年是中越建立全面战略合作伙伴关系15周年。在习近平总书记和阮富仲总书记引领下，"
                         "两党两国关系发展保持良好势头。")
    assert ("习近平", "中共中央", "总书记", False) in holdings
    assert "中共中央" not in {organisation for name, organisation, _, _ in holdings if name == "阮富仲"}


def test_the_states_president_named_before_keeps_the_leaders_posts_to_himself():
    # xwlb-20230302-02: 国家主席习近平 … 我同|阮富仲|总书记, 愿同|武文赏|主席: the party's general secretary
    # and the state's president are one person's posts; another holds neither
    text = ("3月2日，国家主席习近平致电武文赏，祝贺他就任越南社会主义共和国主席。"
            "习近平指出，去年以来，我同阮富仲总书记就巩固传统友谊达成重要共识。"
            "我高度重视中越关系，愿同武文赏主席一道努力。")
    assert ("习近平", "中华人民共和国", "国家主席", False) in _holdings(text)
    assert not _organisations_of(text, "阮富仲") & {"中共中央", "中华人民共和国"}
    assert not _organisations_of(text, "武文赏") & {"中共中央", "中华人民共和国"}


def test_the_only_holder_named_after_the_title_keeps_the_post():
    # xwlb-2023: 习近平|总书记 alone still names 中共中央's post
    assert ("习近平", "中共中央", "总书记", False) in _holdings("习近平总书记强调，要坚持稳中求进工作总基调。")


# --- one the story gives a foreign post

def test_a_foreign_head_named_by_the_title_alone_is_no_head_of_china():
    # xwlb-20231019-19: 老挝人民革命党中央总书记、国家主席|通伦 is 老挝's head, not 中华人民共和国's
    text = ("10月18日，国家副主席韩正在北京会见来华出席第三届“一带一路”国际合作高峰论坛并进行工作访问的"
            "老挝人民革命党中央总书记、国家主席通伦。")
    organisations = _organisations_of(text, "通伦")
    assert "老挝" in organisations and "中华人民共和国" not in organisations


# --- 政府|总理 without a country

def test_a_government_premier_with_no_country_is_the_foreign_countrys():
    # xwlb-20230316-01: 蒙古人民党主席、政府|总理|奥云额尔登 -> the party's country, not a country named before
    organisations = _organisations_of(
        "塞尔维亚前进党主席、总统武契奇，蒙古人民党主席、政府总理奥云额尔登致电祝贺。", "奥云额尔登")
    assert "国务院" not in organisations and not any(o.startswith("塞尔维亚") for o in organisations)


def test_chinas_premier_written_with_the_state_council_keeps_it_in_a_foreign_story():
    # xwlb-20230404-05: 国务院总理李强 … 越南总理范明政 — each his own
    holdings = _holdings("国务院总理李强4日同越南总理范明政通电话。")
    assert ("李强", "国务院", "总理", False) in holdings
    assert ("范明政", "越南政府", "总理", False) in holdings


# --- a foreign official's post in a ministry or body written bare

def test_a_foreign_name_after_a_foreign_country_holds_the_countrys_post():
    # xwlb-20230603-01: 印度总统穆尔穆、|总理|莫迪 -> 印度政府, not 国务院
    organisations = _organisations_of(
        "6月3日，国家主席习近平就印度奥里萨邦列车脱轨相撞事故，分别向印度总统穆尔穆、总理莫迪致慰问电。", "莫迪",
        prefix=True)  # the model reads 莫迪致 as the name
    assert "国务院" not in organisations and "印度政府" in organisations
    # xwlb-20230822-01: 南非总统拉马福萨率|外长|潘多尔 -> 南非外交部
    assert ("潘多尔", "南非外交部", "外长", False) in _holdings(
        "南非总统拉马福萨率外长潘多尔在舷梯旁热情迎接。")
    # xwlb-20230207-09: 乌|政府将撤换|国防部|长|列兹尼科夫 -> 乌克兰国防部 (the abbreviation names the country)
    organisations = _organisations_of(
        "此前有消息称，乌政府将撤换国防部长列兹尼科夫，改由国防部情报总局局长布达诺夫接任。", "列兹尼科夫")
    assert organisations == {"乌克兰国防部"}


def test_a_name_listed_in_a_clause_a_foreign_country_opens_holds_its_countrys_ministry():
    # xwlb-20230627-18: 包括俄罗斯总检察长克拉斯诺夫、…、|国防部|长|绍伊古 (绍伊古 has a Chinese name's shape)
    organisations = _organisations_of(
        "普京当天与包括俄罗斯总检察长克拉斯诺夫、克里姆林宫总统办公厅主任瓦伊诺、国防部长绍伊古等在内的"
        "关键部门负责人举行工作会议，讨论当前局势。", "绍伊古")
    assert organisations == {"俄罗斯国防部"}


def test_a_chinese_official_keeps_his_ministry_in_a_foreign_story():
    # xwlb-20230907-07: 国务院总理李强在印尼… — a Chinese name, not listed after 、: China's
    assert ("李强", "国务院", "总理", False) in _holdings(
        "当地时间6日下午，国务院总理李强在印尼对华合作牵头人、统筹部长卢胡特陪同下考察雅万高铁。")
    # xwlb-20230610-05: 组委会主席、|教育部|部长|怀进鹏 — listed after 、, but no foreign country in the clause
    assert ("怀进鹏", "教育部", "部长", False) in _holdings(
        "仪式上，组委会主席、教育部部长怀进鹏发表致辞，国际大体联代理主席雷诺·艾德发表视频致辞。")
    # xwlb-20230311-19: 越南…向中共中央总书记|、|国家主席|习近平: 、 within one's chain of titles, not a list
    holdings = _holdings("3月10日，越南共产党中央委员会总书记阮富仲、越南国家主席武文赏向中共中央总书记、"
                         "国家主席习近平发来贺电。")
    assert ("习近平", "中华人民共和国", "国家主席", False) in holdings
    assert not any(name == "习近平" and organisation == "越南" for name, organisation, _, _ in holdings)
