"""Posts read this round, each from a class seen in stories annotated blind (batches 17-18 of xwlb-2023)."""
from __future__ import annotations

from .conftest import titled_posts


def _posts(text: str, date: str = "2023-06-28") -> set[tuple[str, str, str]]:
    return titled_posts(text, date=date)


def test_whom_a_headline_names_by_a_title_the_body_names_first_holds_it():
    # xwlb-20230628-08 (21 such headlines in xwlb-2023): the headline's premier is the one the body's subject meets
    posts = _posts("李强同蒙古国总理会谈\n欢迎仪式后，李强同奥云额尔登会谈。\n李强表示，中蒙互为重要邻国。")
    assert ("奥云额尔登", "蒙古国政府", "总理") in posts, posts
    # xwlb-20230331-07: 举行会谈 in the headline, in the body too
    posts = _posts("李强同西班牙首相举行会谈\n欢迎仪式后，李强同桑切斯举行会谈。\n李强表示，中方愿同西班牙一道深化友谊。",
                   "2023-03-31")
    assert ("桑切斯", "西班牙政府", "首相") in posts, posts


def test_the_body_must_name_the_meeting_the_headline_reports():
    # a person the body's subject meets with another word, or someone else the subject is with, holds nothing
    posts = _posts("李强同蒙古国总理会谈\n欢迎仪式后，李强同奥云额尔登共同见证签署合作文件。")
    assert not any(person == "奥云额尔登" for person, _, _ in posts), posts
