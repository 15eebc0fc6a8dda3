"""Write a synthetic library of many facts, for benchmarks and load tests.

The facts are made-up sentences in English and Japanese built from a fixed
vocabulary (seeded, so every run writes the same library). They are not facts
about anything and must never be shipped.

    python scripts/make_synthetic_library.py OUT_DIR [--facts 100000] [--per-file 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from pathlib import Path

TOPICS = [
    ("act", "The AI Promotion Act", "AI推進法"),
    ("headquarters", "The AI Strategy Headquarters", "人工知能戦略本部"),
    ("basic-plan", "The AI Basic Plan", "人工知能基本計画"),
    ("guidelines", "Guidelines", "指針・ガイドライン"),
    ("international", "International context", "国際的な文脈"),
]
ACTORS = [
    ("the Cabinet Office", "内閣府"),
    ("the Ministry of Economy, Trade and Industry", "経済産業省"),
    ("the Ministry of Internal Affairs and Communications", "総務省"),
    ("the Digital Agency", "デジタル庁"),
    ("the AI Strategy Headquarters", "人工知能戦略本部"),
    ("an expert panel", "有識者会議"),
    ("a prefectural government", "県庁"),
    ("the House of Councillors", "参議院"),
]
ACTIONS = [
    ("published a report on", "に関する報告書を公表した"),
    ("opened a public consultation on", "に関する意見募集を開始した"),
    ("held a meeting about", "について会合を開いた"),
    ("revised its guidance on", "に関する指針を改訂した"),
    ("set aside a budget for", "のための予算を計上した"),
    ("began a survey of", "の実態調査を始めた"),
]
SUBJECTS = [
    ("generative AI in schools", "学校における生成AI"),
    ("deepfake countermeasures", "ディープフェイク対策"),
    ("data centres", "データセンター"),
    ("semiconductor supply", "半導体の供給"),
    ("AI safety evaluation", "AIの安全性評価"),
    ("public-sector AI procurement", "行政におけるAI調達"),
    ("research talent", "研究人材の育成"),
    ("copyright and training data", "著作権と学習データ"),
    ("medical AI", "医療分野のAI"),
    ("international standards", "国際標準化"),
]
STATUSES = ["confirmed"] * 6 + ["single-source"] * 2 + ["unverified", "disputed"]


def write_library(out: Path, facts: int, per_file: int, seed: int = 20250901) -> None:
    """Write a library of ``facts`` synthetic facts into ``out`` (replacing it)."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "facts").mkdir(parents=True)
    (out / "sources").mkdir()
    topic_lines = "".join(f"  - id: {tid}\n    en: {en}\n    ja: {ja}\n" for tid, en, ja in TOPICS)
    (out / "library.yaml").write_text(
        "name:\n  en: Synthetic benchmark library\n  ja: ベンチマーク用合成ライブラリ\n"
        f'version: "synthetic-{facts}"\ntopics:\n{topic_lines}',
        encoding="utf-8",
    )
    source_ids = [f"src-{n:03d}" for n in range(200)]
    source_lines = "".join(
        f"  - id: {sid}\n    title: Synthetic report {n}\n    title_translated: 合成報告書{n}\n"
        f"    publisher: Publisher {n % 17}\n    url: https://example.org/{sid}\n"
        f"    published: 2025-{n % 12 + 1:02d}\n    language: en\n    kind: government\n"
        for n, sid in enumerate(source_ids)
    )
    (out / "sources" / "sources.yaml").write_text(f"sources:\n{source_lines}", encoding="utf-8")
    start = dt.date(2024, 1, 1)
    for file_no in range((facts + per_file - 1) // per_file):
        lines = ["facts:\n"]
        for n in range(file_no * per_file, min(facts, (file_no + 1) * per_file)):
            actor_en, actor_ja = rng.choice(ACTORS)
            action_en, action_ja = rng.choice(ACTIONS)
            subject_en, subject_ja = rng.choice(SUBJECTS)
            day = start + dt.timedelta(days=rng.randrange(700))
            topic = rng.choice(TOPICS)[0]
            refs = ", ".join(rng.sample(source_ids, rng.randint(1, 3)))
            en = f"On {day:%d %B %Y}, {actor_en} {action_en} {subject_en} (item {n})."
            ja_day = f"{day.year}年{day.month}月{day.day}日"
            ja = f"{ja_day}、{actor_ja}は{subject_ja}{action_ja}(項目{n})。"
            lines.append(
                f"  - id: syn-{n:06d}\n    topic: {topic}\n    tags: [synthetic, t{n % 50}]\n"
                f'    en: "{en}"\n    ja: "{ja}"\n    date: {day.isoformat()}\n'
                f"    as_of: 2025-12-01\n    status: {rng.choice(STATUSES)}\n"
                f"    sources: [{refs}]\n"
            )
        (out / "facts" / f"facts-{file_no:04d}.yaml").write_text("".join(lines), encoding="utf-8")


def main() -> None:
    """Parse the command line and write the library."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (replaced if it exists)")
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--per-file", type=int, default=1_000)
    args = parser.parse_args()
    write_library(args.out, args.facts, args.per_file)
    print(f"wrote {args.facts} facts to {args.out}")


if __name__ == "__main__":
    main()
