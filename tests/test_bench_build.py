"""benchmarks/bench_build.py: it runs, and prints each stage of a build with its time and memory."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "bench_build.py"


def _module():
    spec = importlib.util.spec_from_file_location("bench_build", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_prints_every_stage_of_a_build_of_the_sample_page():
    done = subprocess.run([sys.executable, str(SCRIPT), str(ROOT / "data" / "corpus" / "000_81ca9869dae714d6.txt")],
                          capture_output=True, text=True, timeout=600, check=True)
    rows = [line.split("|")[1].strip() for line in done.stdout.splitlines() if line.startswith("| ")]
    assert rows == ["stage", "---", "start", "extraction", "resolution", "graph", "Turtle", "view", "validate",
                    "total"]
    assert "the graph conforms" in done.stderr


def test_a_huge_story_is_the_news_joined_by_commas(tmp_path):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"n{i}", "text": text}, ensure_ascii=False) + "\n" for i, text in
                            enumerate(("李强会见特本。\n特本表示。", "韩正会见雷纳。"))), encoding="utf-8")
    story = json.loads(_module().huge_story(news, 15, tmp_path).read_text(encoding="utf-8"))
    assert story["text"] == "李强会见特本，特本表示，韩正会"  # 15 characters, no full stop, no line break
