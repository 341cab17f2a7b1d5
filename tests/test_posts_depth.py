"""Posts whose body is chosen where the post is made, weighing its holder (the round-15 review of
posts.py, the year of ../shared/corpus/news/xwlb-2023.jsonl): a foreign official's title that reads as
one of China's central bodies names his country's body and leaves no China's body behind; a title after
the name is read once the story's posts before names are, so it names the post the story gives."""
import kgraph


def _extraction(text: str):
    ex = kgraph.extract_text(text, doc_id="t")
    labels = {e.id: e.label for e in ex.entities}
    holdings = {(labels[r.subject], labels[r.object], r.prop("title")) for r in ex.relations
                if r.predicate == "holdsPost"}
    return ex, holdings


# --- the body weighs the holder when the post is made

def test_a_foreign_premier_leaves_no_state_council_behind():
    # xwlb-20230603-01: 印度总统穆尔穆、|总理|莫迪 -> 印度政府; 国务院 is never made for him
    ex, holdings = _extraction(
        "6月3日，国家主席习近平就印度奥里萨邦列车脱轨相撞事故，分别向印度总统穆尔穆、总理莫迪致慰问电。")
    assert any(organisation == "印度政府" and title == "总理" for _, organisation, title in holdings)
    assert "国务院" not in {e.label for e in ex.entities}


def test_a_chinese_premier_keeps_the_state_council():
    # xwlb-20230907-07: 国务院总理李强在印尼… — China's, in a foreign story
    _, holdings = _extraction(
        "当地时间6日下午，国务院总理李强在印尼对华合作牵头人、统筹部长卢胡特陪同下考察雅万高铁。")
    assert ("李强", "国务院", "总理") in holdings


def test_the_holders_country_is_none_for_a_chinese_name_in_his_own_chain():
    # 越南…向中共中央总书记|、|国家主席|习近平 (xwlb-20230311-19): 、 inside one's chain, no list of people
    _, holdings = _extraction("3月10日，越南共产党中央委员会总书记阮富仲、越南国家主席武文赏向中共中央总书记、"
                              "国家主席习近平发来贺电。")
    assert ("习近平", "中华人民共和国", "国家主席") in holdings


# --- a title after the name, read with the whole story's posts before names

def test_a_title_after_the_name_is_the_post_the_story_gives():
    # xwlb-20231203-04: the title line's 习近平|主席 is the 国家主席 the story gives him (国家主席习近平 below),
    # not a second post titled 主席 in 中华人民共和国
    _, holdings = _extraction(
        "习近平主席致2023年“读懂中国”国际会议（广州）贺信引发与会嘉宾热烈反响\n"
        "央视网消息（新闻联播）：国家主席习近平在致2023年“读懂中国”国际会议（广州）的贺信中指出：读懂中国，"
        "关键要读懂中国式现代化。")
    mine = {(organisation, title) for name, organisation, title in holdings if name == "习近平"}
    assert mine == {("中华人民共和国", "国家主席")}


def test_a_title_after_the_name_alone_still_names_its_post():
    # xwlb-20231203-04's title line alone: no post given before, 主席 names 中华人民共和国's
    _, holdings = _extraction("习近平主席致2023年“读懂中国”国际会议（广州）贺信引发与会嘉宾热烈反响")
    assert ("习近平", "中华人民共和国", "主席") in holdings

