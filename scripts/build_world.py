#!/usr/bin/env python3
"""Regenerate ``data/world/countries.tsv`` from two maintained registries of names:

- pycountry (LGPL-2.1): the ISO 3166-1 countries and ISO 3166-2 first-level regions with
  the iso-codes project's Simplified Chinese translations (zh_CN);
- Babel (BSD-3-Clause): the Unicode CLDR's Chinese (``zh``) names of the territories
  (countries as CLDR writes them: 多米尼克, 萨尔瓦多) and of the cities that name the
  world's time zones (伦敦, 卡拉奇, 约翰内斯堡, 努克), China's own left out;
- the Unicode CLDR's own Chinese names of the first-level regions (``common/subdivisions/
  zh.xml``, which Babel does not ship; Debian's ``unicode-cldr-core`` installs it under
  /usr/share/unicode/cldr, or pass ``--cldr DIR``), where ISO's translation has none: ISO's
  zh_CN names 1 of Ukraine's 27 regions, CLDR all (顿涅茨克州, 赫尔松州, 别尔哥罗德州), some
  in traditional characters (盧甘斯克州), made simplified by OpenCC (``t2s``), as news writes them.

kgraph ships the Chinese names only, so that the default install stays light and
offline (neither package is a run-time dependency); this script is the only way that
file is made.

    pip install pycountry babel opencc; apt-get install unicode-cldr-core
    python scripts/build_world.py [--cldr DIR]

Rows: name, kind (country: the ISO short name or official name in Chinese, or CLDR's;
region: a first-level subdivision of another country; city: a city of another country),
code (ISO 3166 for countries and regions; the IANA time zone for a city), and country: the
country's one name, the same for all its rows (CLDR's Chinese name of the territory, or
the ISO name where CLDR's is no plain name, but 刚果（布） and 刚果（金）, as news writes them). A country's other names (俄国,
伊朗伊斯兰共和国) name that country; a region is in the country of its ISO 3166-2 code
(RU-NIZ: 俄罗斯; UA-14, 顿涅茨克州: 乌克兰), a city in the country CLDR gives its time zone (Europe/London: GB, 英国).
"""
from __future__ import annotations

import argparse
import gettext
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import opencc
import pycountry
from babel import Locale
from babel.core import get_global

from kgraph.resources import word_set, word_tags

OUT = Path(__file__).resolve().parent.parent / "data" / "world" / "countries.tsv"
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,12}$")


# the short forms news writes for a few countries whose ISO name is longer
_SHORT_NAMES = {"中国": "CN", "印尼": "ID", "阿联酋": "AE", "沙特": "SA", "新西兰": "NZ", "南非": "ZA",
                "朝鲜": "KP", "韩国": "KR", "俄国": "RU", "英国": "GB", "美国": "US", "捷克": "CZ",
                "斯里兰卡": "LK", "巴勒斯坦": "PS", "委内瑞拉": "VE", "玻利维亚": "BO",
                # xwlb-20230824-05 埃塞|同|中国, xwlb-20231017-08 巴新|将|同|中国
                "埃塞": "ET", "巴新": "PG",
                # the two Congos as news and CLDR write them, by their capitals' first characters (xwlb-2023: 刚果（布）
                # 23 times, 刚果共和国 2; 刚果（金） 38, 刚果民主共和国 2), names _CJK_NAME does not take
                "刚果（布）": "CG", "刚果（金）": "CD"}
# of those, the country's one name where CLDR's is not the name news gives it (xwlb-2023:
# 沙特 320 times, 沙特阿拉伯 26; 阿联酋 92, 阿拉伯联合酋长国 1; 巴勒斯坦 538, 巴勒斯坦领土 6)
_NEWS_NAMES = ("沙特", "阿联酋", "巴勒斯坦", "刚果（布）", "刚果（金）")
# China, the state whose divisions the graph holds, goes by its full name, as the guidelines
# name it (EVENTS.md: 国家主席 -> 中华人民共和国; 来华 -> 中华人民共和国); 中国 is an alias
_FULL_NAMES = {"CN": "中华人民共和国"}


# a region named by a direction and a kind word is a word of news for a part of any country
# (东北地区 is Ghana's Upper East in ISO's Chinese, 西北地区 Canada's Northwest Territories; in
# xwlb-2023 东北地区 and 西北地区 are China's), and one named as an ocean is the ocean (大西洋:
# Colombia's Atlántico; 大西洋省, Benin's, is written 大西洋 too)
_WORD_NOT_REGION = re.compile(r"^(东|西|南|北|中)(北|南|部|方|央)?(地区|大区|区|省|州)$|洋(地区|大区|区|省|州)?$")

# China and its regions with their own codes: their divisions come from the gazetteer
_CHINA = ("CN", "HK", "MO", "TW")

# CLDR's codes that name no place: organisations (欧盟, 联合国 are agencies), the euro area,
# the pseudo-locales and the unknown region
_NOT_PLACES = ("EU", "EZ", "UN", "XA", "XB", "ZZ")


def cldr_region_names(cldr: Path) -> dict[str, str]:
    """ISO 3166-2 code (UA-14) -> CLDR's Chinese name of the region, in simplified characters."""
    simplified = opencc.OpenCC("t2s")
    tree = ElementTree.parse(cldr / "common" / "subdivisions" / "zh.xml")
    names = {}
    for element in tree.iter("subdivision"):
        code = element.get("type", "")
        if len(code) > 2 and element.text:  # ua14 -> UA-14
            names[f"{code[:2].upper()}-{code[2:].upper()}"] = simplified.convert(element.text.strip())
    return names


CLDR = Path("/usr/share/unicode/cldr")  # where Debian's unicode-cldr-core puts it


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cldr", type=Path, default=CLDR, help="the CLDR data folder holding common/subdivisions/zh.xml")
    cldr_regions = cldr_region_names(parser.parse_args(argv).cldr)
    countries = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    regions = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    zh = Locale.parse("zh")
    rows: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        if country.alpha_2 in _CHINA[1:]:
            continue  # China's own divisions come from the gazetteer (China itself is a country here)
        for english in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)):
            if english:
                name = countries.gettext(english)
                if _CJK_NAME.match(name):
                    rows.setdefault(name, ("country", country.alpha_2))
    for code, name in zh.territories.items():
        # letters name a country or territory; digits a continent or a group (001 世界, 419 拉丁美洲)
        if (code.isalpha() and len(code) == 2 and code not in _CHINA + _NOT_PLACES
                and _CJK_NAME.match(name)):
            rows.setdefault(name, ("country", code))
    for name, code in _SHORT_NAMES.items():
        rows.setdefault(name, ("country", code))
    zone_cities = {names.get("city") for names in zh.time_zones.values()}
    dictionary = word_tags()  # the words of kgraph's model (jieba's dictionary)
    kinds = word_set("region_kinds")
    for region in pycountry.subdivisions:
        if region.country_code in _CHINA or region.parent_code:
            continue
        name = regions.gettext(region.name)
        if not _CJK_NAME.match(name):  # ISO has no Chinese name for it: CLDR's (Donetska oblast: 顿涅茨克州)
            name = cldr_regions.get(region.code, "")
            if name in zone_cities:
                continue  # a capital that is a region of its own (CZ-10 布拉格) stays the city of its time zone
            if len(name) == 3 and name[:2] in dictionary or any(name == c + k for k in kinds for c in name[:1]):
                continue  # a word and a kind: 山地区, 草原区, 滨海区, 首都省, 新|地区 (天山|地区, 滨海|区域 in news)
        # a two-character region name is too often a word (伊朗的中央省 is written 中央)
        if _CJK_NAME.match(name) and len(name) >= 3 and name not in rows and not _WORD_NOT_REGION.search(name):
            rows[name] = ("region", region.code)
    # each country's one name, among its rows: the news' (沙特), else CLDR's (俄罗斯, not
    # ISO's 俄罗斯联邦), else ISO's short name, else the first in code-point order
    country_name: dict[str, str] = {}
    for name, (_, code) in sorted(rows.items()):
        country_name.setdefault(code, name)
    for country in pycountry.countries:
        news = next((name for name in _NEWS_NAMES if _SHORT_NAMES[name] == country.alpha_2), None)
        for name in (_FULL_NAMES.get(country.alpha_2), news, zh.territories.get(country.alpha_2),
                     countries.gettext(country.name)):
            if rows.get(name) == ("country", country.alpha_2):
                country_name[country.alpha_2] = name
                break
    zone_countries = get_global("zone_territories")
    for zone, names in sorted(zh.time_zones.items()):
        city = names.get("city")
        # Etc/ zones name no city; Antarctica's are research stations (凯西, 戴维斯 are people's names)
        if (not city or zone.startswith(("Etc/", "Antarctica/")) or zone_countries.get(zone) in _CHINA
                or not _CJK_NAME.match(city) or len(city) < 2):
            continue
        if zone_countries.get(zone) in country_name:  # not Indian/Cocos: 科科斯 (基林) 群岛 is no plain name
            rows.setdefault(city, ("city", zone))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write("# Generated by scripts/build_world.py from pycountry (ISO 3166, zh_CN names) and Babel (CLDR zh names). Do not edit.\n")
        handle.write("# name\tkind\tcode\tcountry\n")
        for name in sorted(rows):
            kind, code = rows[name]
            territory = zone_countries[code] if kind == "city" else code.split("-")[0]
            handle.write(f"{name}\t{kind}\t{code}\t{country_name[territory]}\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
