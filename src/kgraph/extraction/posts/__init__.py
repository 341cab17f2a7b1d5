"""Posts: who holds which title in which organisation (``holdsPost``), as
``../shared/eval/EVENTS.md`` counts them.

Two stages read them:

- :func:`find_officials` (before the people stage) reads a chain from a written
  organisation: 公安县委|副书记|、|政法委|书记|冯荆柯 holds 副书记 in 公安县委 and 书记 in
  公安县委政法委 (a department named after a party committee belongs to it);
  城关镇|镇长|李明辉 and 镇长|李志刚 hold posts in a division's government; a list after
  the chain (村两委成员|赵丽|、|孙强) shares its posts.
- :func:`find_posts` (after the model's people and places) reads what needs them: a
  title after a foreign country (伊朗|总统|莱希 → 伊朗; 英国|首相|苏纳克 → 英国政府;
  德国|外长 → 德国外交部), a Chinese title that names its organisation by itself
  (国家主席|习近平 → 中华人民共和国; 国务委员|兼|外长|秦刚), and such a title after the
  name (习近平|总书记); a bare party committee before a title is the one of the division of its
  level the article named (高陵镇 … 镇|党委书记|陈志明 -> 高陵镇党委); a place the model reads
  after a foreign title is its holder (古巴|外长|罗德里格斯); a chain after a local agency gives its
  posts to a name only the later stages read (街道党工委|副书记|、|办事处|主任|蒋|海波).

The heads of a foreign city's or region's government hold their posts in it (莫斯科|市长 -> 莫斯科市政府),
a party or a country's own body named right after the country is the organisation of the title after
it (匈牙利|工人党|主席, 希腊|政府|发言人), so is a body no stage read that the model's words before the title
name (会见|世界经济论坛|主席|施瓦布), or that is written after a country or a division the stages read
(乌克兰|经济部|副部长|卡奇卡 -> 乌克兰经济部, 江西省|文化和旅游厅|原|党组书记 -> 江西省文化和旅游厅), and a list of members after a colon holds the titles before
its names (…委员会组成人员。他们是：主任沈春耀，副主任黄玉山、张勇).

Foreign organisations are named with their country (俄|外交部长 -> 俄罗斯外交部; a chamber China has none
of, written bare, with the one its paragraph named last: 众议院|多数党领袖 -> 美国众议院), an envoy's
post is in the mission (中国|驻|印尼|大使 -> 中国驻印尼大使馆), and a chain after 曾任 or 时任
gives former posts to whom the sentence is about (霍英东先生是…，曾任…全国政协副主席); a chain
after a verb of taking or leaving a post gives it to the verb's subject or to the people it names
(任命|孙志强|为|公安县人民政府|常务副县长, 王建国|已|调任|荆州市委|秘书长, 免去|唐一军|的|司法部|部长|职务: former).

China's central bodies hold no post of a foreign holder, weighed where a post's body is chosen, not
corrected after: a bare ministry or implied body of a name that does not read as Chinese after a foreign
country, or listed after 、 in a clause a foreign country opens, is that country's (_hold and
_implied_body_of: 印度总统穆尔穆、|总理|莫迪 -> 印度政府; 俄罗斯总检察长…、|国防部|长|绍伊古 -> 俄罗斯国防部); a
title implying China's body names none for a person the story gives a foreign country's post (越南国家主席
武文赏 … 国家主席|武文赏); 政府|总理 written without a country is a foreign government's.  A title after the
name is read once the posts before names are (_posts_after_names): it is the post of that title the story
gives, and one of China's single-holder posts goes to no one while another holds its group
(习近平总书记和|阮富仲|总书记: not 阮富仲's); a member's title after the name is a post in the body whose
standing committee the story names (全国政协|十四届|常委会 … 郑永飞|常委 -> 全国政协).

Local pages name bodies and posts shortly, which the stage reads from the article (after the model's words):
a body by one character before its officials' titles (安吉县人民法院召开…。|院|党组书记、院长|方立新 -> 安吉县人民法院),
a deputy's bare title by the head's body of its sentence (县人大常委会主任王德明…，|副主任|李红、陈刚), a town head's
by a town only the model read (永安镇…，|镇长|陈丽), a division head's title after the name by the article's
division (吴凯|县长 -> 郧西县人民政府; 书记, 主任 after a name stay unread), and a verb of a post in a profile by
the person it opens (李国华，男，…，|现任|县财政局副局长; 拟任, proposed, is none).

Each post's ``title`` is as written without the organisation, and ``former`` says
that the text marks it as no longer held (原|国务院|副总理, 美国|前|总统|特朗普).
The titles, the implied organisations, the missions and the markers are data (``data/posts/``).

This package holds the two stages; its modules hold what they read with, lowest first: :mod:`.titles`
(the words of posts), :mod:`.countries` (the country written before a title), :mod:`.bodies` (the
organisation a post is held in, and who holds it), :mod:`.chains` and :mod:`.lists` (a chain of titles
and its holders); the first stage's :mod:`.officials` and the short forms of :mod:`.local` pages; the
readings of foreign posts (:mod:`.foreign`), of units (:mod:`.units`), of bodies named before a title
(:mod:`.body_names`), of titles before a name (:mod:`.before_names`) and after it (:mod:`.after_names`),
and of verbs (:mod:`.verbs`).
"""
from __future__ import annotations

from ...model import Mention
from ..analysis import Analysis, stage
from .titles import former_before, former_markers, _implied, Post, post_title_at, _titles
from .countries import _country_named, _home_country
from .bodies import _hold
from .chains import read_post_chain
from .lists import _members_counted, _members_listed
from .foreign import _country_bodies_before_titles, _envoys, _foreign_local_heads, _foreign_parties
from .before_names import (_abroad, _headline_titles_named_in_the_body, _implied_title_opening_a_chain, _model_people_after_titles,
                           _model_places_after_titles, _posts_before)
from .body_names import _bodies_named_by_their_officials, _bodies_written_before_titles, _model_agencies_before_titles
from .units import (_bodies_named_by_their_kind, _units_listed_after_a_unit, _units_named_alone,
                    _units_of_the_body_named_before)
from .officials import (_end_before_a_former_marker, _ends_in_a_title, _home_country_before,
                        _model_divisions_before_titles, _posts_after, _posts_after_division, _unnamed_among_peers)
from .local import (_bodies_named_by_an_initial, _committees_after_a_division_read_late,
                    _committees_of_the_division_named, _deputies_of_the_post_before, _township_committees_unwritten,
                    _township_congresses_unwritten,
                    _heads_of_a_division_read_late, _heads_of_a_region, _heads_of_the_division_named,
                    _officials_before_their_posts, _service_officers)
from ..lexicons import post_verbs
from .verbs import _bodies_by_start, _copulas, _officials_named_late, _posts_by_verb, _posts_held_once, _posts_in_profiles, _removals_listed
from .after_names import _posts_after_names
from .party_groups import posts_in_party_groups

__all__ = ["find_officials", "find_posts", "post_title_at", "read_post_chain", "former_before", "former_markers",
           "post_verbs"]


@stage(reads=("text", "tokens", "model_tokens", "pending", "Agency", "AdministrativeDivision"),
       writes=("Person", "Agency", "Place", "AdministrativeDivision", "holdsPost", "locatedIn", "subOrganizationOf"))
def find_officials(an: Analysis) -> None:
    """Officials named after a written organisation or division and their posts."""
    _model_agencies_before_titles(an)
    _units_named_alone(an)
    _units_listed_after_a_unit(an)
    for agency in list(an.of_type("Agency")):
        _end_before_a_former_marker(an, agency)
    agencies = list(an.of_type("Agency"))
    for agency in agencies:
        if not _home_country_before(an, agency, agencies) and not _unnamed_among_peers(an, agency) \
                and not _ends_in_a_title(an, agency, agencies):
            _posts_after(an, agency)
    agency_starts = {m.start for m in an.of_type("Agency")}
    _model_divisions_before_titles(an)
    for division in list(an.of_type("AdministrativeDivision")):
        if division.end not in agency_starts and division.end > division.start:
            _posts_after_division(an, division)
    _heads_of_the_division_named(an)
    an.mentions.sort(key=lambda m: (m.start, -m.end))


@stage(reads=("text", "tokens", "model_tokens", "Person", "Place", "Agency", "AdministrativeDivision", "holdsPost"),
       writes=("Person", "Agency", "Place", "holdsPost", "locatedIn", "subOrganizationOf"))
def find_posts(an: Analysis) -> None:
    """Posts the first stage cannot read: after a foreign country, implied by the title
    alone, or written after the name (习近平|总书记); former ones of whom a sentence is about
    (某某曾任某县县长)."""
    _model_people_after_titles(an)
    _model_places_after_titles(an)
    text = an.text
    _removals_listed(an)
    people = [m for m in an.of_type("Person") if m.end > m.start]
    if not people:
        return
    _committees_of_the_division_named(an, people)
    _township_congresses_unwritten(an, people)
    _township_committees_unwritten(an, people)
    _committees_after_a_division_read_late(an, people)
    _heads_of_a_division_read_late(an, people)
    _heads_of_a_region(an, people)
    _bodies_named_by_an_initial(an, people)
    _deputies_of_the_post_before(an, people)
    _officials_before_their_posts(an, people)
    bodies = _bodies_by_start(an)
    _posts_held_once(an, people, bodies)
    _officials_named_late(an, people, bodies)
    _posts_by_verb(an, people, bodies, post_verbs())
    _posts_by_verb(an, people, bodies, _copulas())
    _posts_in_profiles(an, people, bodies)
    _envoys(an, people)
    _foreign_local_heads(an, people)
    _members_listed(an, people)
    _members_counted(an, people)
    _foreign_parties(an, people)
    _country_bodies_before_titles(an, people)
    _bodies_written_before_titles(an, people)
    _service_officers(an, people)
    _bodies_named_by_their_officials(an, people)
    _units_of_the_body_named_before(an, people)
    _bodies_named_by_their_kind(an, people)
    ends = {m.end: m for m in an.mentions if m.end > m.start and m.type != "Person"}
    foreign = sorted((m.start, name) for m in an.mentions if m.end > m.start
                     and (name := _country_named(m)) is not None and name not in _home_country())
    posts_read = [fact for fact in an.facts if fact.predicate == "holdsPost"]
    held = {(fact.subject, dict(fact.props).get("title", "")) for fact in posts_read}
    # a name the officials stage gave posts to, in its sentence: its chain is read
    read = {(fact.subject, fact.start) for fact in posts_read}
    abroad = _abroad(an, people, ends)
    previous: tuple[Mention, list[Post]] | None = None
    for person in people:
        if person.text in _titles():
            continue  # 以色列|总理|顾问|雷格夫: a title read as a name (顾 a surname) holds no post
        already = (person.key, an.sentence(person.start)[0]) in read
        posts = _posts_before(an, person, ends, foreign, abroad)
        if already:
            # the first stage read the chain: only a title of a country's it did not read (非盟|轮值主席|、|科摩罗|总统|
            # 阿扎利, xwlb-2023), no title implying China's body (蒙古人民党|主席|、|政府|总理: not 国务院's)
            implied = {row[0] for row in _implied().values()}
            posts = [post for post in posts if (person.key, post[1]) not in held and post[0].label not in implied]
        if already:
            # (国务委员|、|国务院食品安全委员会|副主任|王勇, xwlb-20230119-07: the implied title opening the chain the first
            # stage read from the body)
            posts += [post for post in _implied_title_opening_a_chain(an, person, abroad)
                      if (person.key, post[1]) not in held]
        if not posts and previous is not None and text[previous[0].end:person.start] == "、":
            posts = previous[1]  # 俄罗斯总统普京、白俄罗斯总统卢卡申科 each has its own; 甲、乙 share
        if posts:
            _hold(an, person, posts, person.start)
            held.update((person.key, title) for _, title, _ in posts)
        previous = (person, posts)
    _headline_titles_named_in_the_body(an, people, ends, foreign, abroad, held)
    _posts_after_names(an, people, held, foreign)
    posts_in_party_groups(an)
