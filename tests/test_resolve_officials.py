"""One person per official (kgraph.extraction.resolve.Resolver): people of one name read in
different scopes (two files of one county whose region the articles do not show) who hold the
same post are one person; the same name with no post in common stays two.  On hand-built
articles and end to end on invented local notices."""
import kgraph
from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.linkers import link_person
from kgraph.extraction.recognisers.agencies import agency_key
from kgraph.extraction.resolve import Resolver, article_record
from kgraph.model import Document, EventMention, Mention


def _article(doc_id: str, text: str, person: str, agency: str, title: str, date: str = "2023-05-12") -> Analysis:
    """An article of its own file (the person's scope is the file: no region inferred) naming
    ``person`` as ``title`` of ``agency``, and an appointment of that person to it."""
    doc = Document(doc_id, f"{doc_id}.txt", f"{doc_id}.txt", None, (), text, ((0, 0, len(text)),), date=date)
    an = Analysis(doc, Region(None))
    start = text.index(person)
    who = link_person(an, start, start + len(person), "official")
    at = text.index(agency)
    body = an.add(Mention.make("Agency", doc_id, at, at + len(agency), agency, agency, agency_key(agency)))
    an.fact(who.key, "holdsPost", body.key, start, title=title, former=False)
    an.events.append(EventMention("Appointment", doc_id, 0, len(text), "任命", 0,
                                  (("person", who.key), ("organization", body.key)), date,
                                  (("change", "start"), ("title", title))))
    return an


def _resolved(*articles: Analysis):
    resolver = Resolver()
    for an in articles:
        resolver.add_article(article_record(an))
    return resolver.finish()


def _people(extraction) -> dict[str, list]:
    found: dict[str, list] = {}
    for entity in extraction.entities:
        if entity.type == "Person":
            found.setdefault(entity.label, []).append(entity)
    return found


def test_one_name_with_one_post_in_two_files_is_one_person_whatever_the_order():
    a = _article("a", "任命孙志强为公安县人民政府常务副县长。", "孙志强", "公安县人民政府", "常务副县长")
    b = _article("b", "公安县人民政府常务副县长孙志强到斗湖堤镇调研。", "孙志强", "公安县人民政府", "常务副县长")
    assert a.mentions[0].key != b.mentions[0].key  # two scopes: two keys before resolution
    ex = _resolved(a, b)
    [person] = _people(ex)["孙志强"]
    assert len(person.mentions) == 2
    posts = [r for r in ex.relations if r.predicate == "holdsPost"]
    assert [(r.subject, r.prop("title")) for r in posts] == [(person.id, "常务副县长")]
    assert len(posts[0].evidence) == 2
    # the two accounts of the one appointment (same day, same person and organisation) are one event
    [event] = ex.events
    assert ("person", person.id) in event.arguments and len(event.evidence) == 2
    again = _resolved(b, a)
    assert [e.id for e in again.entities] == [e.id for e in ex.entities]
    assert [e.id for e in again.events] == [e.id for e in ex.events]


def test_one_name_with_different_posts_in_different_places_stays_two():
    a = _article("a", "王伟任石首市人民政府副市长。", "王伟", "石首市人民政府", "副市长")
    b = _article("b", "松滋市公安局局长王伟主持会议。", "王伟", "松滋市公安局", "局长")
    ex = _resolved(a, b)
    assert len(_people(ex)["王伟"]) == 2
    assert len(ex.events) == 2


def test_a_post_in_common_joins_what_each_file_says_of_the_person():
    # a: 副县长 of the government; b: the same, and 委员 of the county committee; c: only 委员
    a = _article("a", "孙志强同志任公安县人民政府副县长。", "孙志强", "公安县人民政府", "副县长")
    b = _article("b", "公安县人民政府副县长孙志强出席。", "孙志强", "公安县人民政府", "副县长")
    b.fact(b.mentions[0].key, "holdsPost", agency_key("公安县委"), 0, title="委员", former=False)
    b.add(Mention.make("Agency", "b", 0, 0, "", "公安县委", agency_key("公安县委"), implicit=True))
    c = _article("c", "公安县委委员孙志强参加。", "孙志强", "公安县委", "委员")
    ex = _resolved(c, a, b)
    [person] = _people(ex)["孙志强"]
    assert len(person.mentions) == 3
    titles = sorted(r.prop("title") for r in ex.relations if r.predicate == "holdsPost")
    assert titles == ["副县长", "委员"]


def test_end_to_end_two_local_files(tmp_path):
    (tmp_path / "a.txt").write_text("经研究决定，任命孙志强为公安县人民政府常务副县长。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("公安县人民政府常务副县长孙志强到斗湖堤镇调研。\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("松滋市公安局局长孙志强主持召开会议。\n", encoding="utf-8")
    ex = kgraph.extract([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    people = _people(ex)["孙志强"]
    assert sorted(len(p.mentions) for p in people) == [1, 2]  # the deputy county head once, the police chief apart
    labels = {e.id: e.label for e in ex.entities}
    posts = {(r.subject, labels[r.object], r.prop("title")) for r in ex.relations if r.predicate == "holdsPost"}
    deputy = next(p for p in people if len(p.mentions) == 2)
    assert (deputy.id, "公安县人民政府", "常务副县长") in posts
    assert not any(subject == deputy.id and agency == "松滋市公安局" for subject, agency, _ in posts)


def test_thousands_of_files_naming_one_official_are_one_relation_and_one_event_with_every_sentence():
    # the scale of a county's notices whose region no file shows, read newest first: each file's
    # 孙志强 is one official, his post one relation and the appointment one event, each with
    # every file's sentence in the order read, once (each was a tuple grown per file: quadratic)
    files = [f"f{n:05d}" for n in range(6000, 0, -1)]
    ex = _resolved(*(_article(name, "任命孙志强为公安县人民政府常务副县长。", "孙志强", "公安县人民政府", "常务副县长")
                     for name in files))
    [person] = _people(ex)["孙志强"]
    [post] = [r for r in ex.relations if r.predicate == "holdsPost"]
    [event] = ex.events
    assert post.subject == person.id and ("person", person.id) in event.arguments
    assert [span.document for span in post.evidence] == files
    assert [span.document for span in event.evidence] == files
    assert event.document == files[0]
