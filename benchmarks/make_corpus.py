"""Generate a synthetic news corpus for benchmarks: N ``.txt`` articles plus ``metadata.csv``.

Every article is built from this file's own templates, filled with leaders and outlets from
the packaged gazetteers (``kg/data/gazetteer``), call phrasings, dates and background
paragraphs, so that it runs ~500-700 words. The same ``--seed`` and ``--articles`` give the
same bytes. Nothing is copied from the seed articles.

    python benchmarks/make_corpus.py OUT_DIR [--articles 2000] [--seed 7] [--mixed]

``--mixed`` makes a realistic mix instead: one article in ten tells calls as above, the others
are ordinary news with no call (sport, economy, weather, culture, politics:
``benchmarks/ordinary_news.py``), some of which use words call cues start from.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

try:
    from benchmarks.ordinary_news import ordinary_article
except ImportError:  # run as a script from benchmarks/
    from ordinary_news import ordinary_article

__all__ = ["make_corpus", "main"]

_GAZ = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer"
_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class _Leader:
    name: str
    surname: str
    role: str
    country: str
    capital: str
    adjective: str


def _read_jsonl(name: str) -> list[dict]:
    with (_GAZ / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _load() -> tuple[list[_Leader], list[str], list[str]]:
    countries = {c["name"]: c for c in _read_jsonl("countries.jsonl")}
    leaders = []
    for entry in _read_jsonl("leaders.jsonl"):
        office = (entry.get("offices") or [{}])[-1]
        country = office.get("country") or entry.get("country") or ""
        info = countries.get(country, {})
        short = [a for a in entry.get("aliases", []) if len(a.split()) == 1]
        leaders.append(_Leader(
            name=entry["name"], surname=short[0] if short else entry["name"].split()[-1],
            role=office.get("role") or "Leader", country=country,
            capital=(info.get("capitals") or [country or "Geneva"])[0],
            adjective=(info.get("adjectives") or [country])[0],
        ))
    outlets = [o["name"] for o in _read_jsonl("outlets.jsonl") if o.get("outlet_kind") != "Platform"]
    capitals = sorted({cap for c in countries.values() for cap in c.get("capitals", [])})
    return leaders, outlets, capitals


# -- templates: {a}/{b} leaders (full: {a_full}, role: {a_role}, ...), {day}, {outlet}, {n} -----
_CALLS = (
    "{a_adj} {a_role} {a_full} spoke by phone with {b_adj} {b_role} {b_full} on {day}, {outlet} reported.",
    "{a_full} held a telephone call with {b_full} {day_on}, the two governments said.",
    "{a_role} {a_full} phoned {b_full} {day_on} to discuss {topic}.",
    "{a_full} and {b_full} talked by phone {day_on}, according to {outlet}.",
    "In a video call {day_on}, {a_full} and {b_full} discussed {topic}.",
    "{a_full} called {b_full} {day_on}, a spokesperson for the {a_adj} government told {outlet}.",
    "{a_full} had a phone conversation with {b_full} {day_on}, focusing on {topic}.",
    "{b_full} received a phone call from {a_full} {day_on}, {outlet} reported, citing officials.",
    "{a_role} {a_full} and {b_role} {b_full} held a video conference {day_on} on {topic}.",
    "{a_full} telephoned {b_full} {day_on}, the first such contact in several months.",
)
_FOLLOW = (
    "The call lasted about {n} minutes, according to a readout published by the office of {a_sur}.",
    "The conversation, which lasted nearly an hour, was initiated by the {b_adj} side.",
    "Both sides agreed to talk again soon, {outlet} said.",
    "Officials in {a_cap} described the call as constructive and businesslike.",
    "{b_sur} thanked {a_sur} for phoning and asked him to visit {b_cap}.",
    "It was the {ordinal} call between the two leaders this year.",
)
_SECOND = (
    "{c_full} is expected to speak with {d_full} by phone later this week, officials said.",
    "A planned call between {c_full} and {d_full} was postponed, {outlet} reported.",
    "A spokesperson denied that {c_full} had spoken by phone with {d_full}.",
    "{c_full} also spoke by phone with {d_full} on {day2}, according to {outlet}.",
    "Separately, {c_full} met {d_full} in {d_cap} last month for talks on {topic}.",
)
_QUOTES = (
    "\u201cWe had a very good and productive conversation,\u201d {a_sur} wrote on social media afterwards.",
    "\u201cThe situation requires constant dialogue,\u201d {b_sur} told reporters in {b_cap}.",
    "\u201cWe agreed that our teams will stay in close contact,\u201d {a_sur} said in a statement.",
    "\u201cThere is no alternative to diplomacy,\u201d an adviser to {b_sur} said on condition of anonymity.",
)
_FILLER = (
    "Analysts in {city} said the {adj} {noun} could shape {topic} for the rest of the year.",
    "The {org} estimated that {noun2} rose by {pct} percent in the {period}, above earlier forecasts.",
    "{num} {people} gathered in {city} on {weekday} to {action}.",
    "Economists warned that {noun2} remained {state} after {num} months of {trend}.",
    "The ministry in {city} has not commented on reports about {topic}.",
    "Trade between the two countries reached {num} billion dollars in {year}, official figures show.",
    "Opposition lawmakers in {city} criticised the government's handling of {topic} during a {adj} debate.",
    "Diplomats said the talks on {topic} had made {state2} progress since the {period}.",
    "A delegation from {city} is expected to arrive for {adj} consultations on {topic} next month.",
    "The {org} said {noun2} in the region had {trend2} by {pct} percent compared with {year}.",
    "Prices for {goods} in {city} climbed to their highest level since {year}, traders said.",
    "Observers noted that the {adj} {noun} came amid growing concern over {topic}.",
    "Local media in {city} said {num} {people} had been affected by the {event}.",
    "The {event} prompted {adj} reactions from governments in {city} and {city2}.",
    "Officials declined to say whether {topic} would be on the agenda of the next summit.",
    "Ratings agencies kept their outlook for {noun2} {state}, citing {topic}.",
    "Earlier in the {period}, ministers from {num} countries met in {city} to discuss {topic}.",
    "Shares of {goods} producers fell {pct} percent in {city} trading after the announcement.",
)
_WORDS = {
    "adj": ("cautious", "unexpected", "lengthy", "heated", "bilateral", "regional", "technical", "informal",
            "closely watched", "long-delayed", "high-level", "tense", "routine", "broad", "urgent"),
    "noun": ("agreement", "initiative", "proposal", "framework", "dispute", "decision", "statement",
             "roadmap", "compromise", "deadline", "package", "memorandum", "ceasefire", "review"),
    "noun2": ("inflation", "industrial output", "energy demand", "grain exports", "consumer spending",
              "foreign investment", "public debt", "unemployment", "fuel imports", "tourism revenue",
              "defence spending", "shipping traffic", "electricity prices", "rail freight"),
    "topic": ("energy security", "the war in Ukraine", "regional stability", "trade tariffs", "climate finance",
              "migration", "food security", "arms control", "the situation in the Middle East", "debt relief",
              "nuclear safety", "critical minerals", "maritime security", "sanctions", "humanitarian aid",
              "a prisoner exchange", "the upcoming G20 summit", "cybersecurity", "vaccine supplies", "border crossings"),
    "org": ("central bank", "statistics office", "International Monetary Fund", "World Bank", "finance ministry",
            "chamber of commerce", "energy agency", "World Trade Organization", "national planning commission"),
    "period": ("first quarter", "second quarter", "third quarter", "last quarter", "spring", "summer",
               "autumn", "winter", "first half of the year", "previous month"),
    "people": ("protesters", "farmers", "workers", "residents", "students", "volunteers", "pensioners",
               "doctors", "truck drivers", "fishermen"),
    "action": ("demand higher wages", "protest against rising prices", "mark the national holiday",
               "call for early elections", "support the peace talks", "oppose a new mining project"),
    "state": ("fragile", "stable", "under pressure", "resilient", "weak", "volatile", "subdued"),
    "state2": ("limited", "steady", "little", "significant", "uneven", "slow"),
    "trend": ("decline", "growth", "stagnation", "recovery", "tightening", "uncertainty"),
    "trend2": ("fallen", "risen", "grown", "dropped", "recovered", "slowed"),
    "goods": ("wheat", "copper", "natural gas", "coffee", "steel", "fertiliser", "cotton", "rice", "nickel", "palm oil"),
    "event": ("floods", "strike", "power outage", "earthquake", "drought", "cyberattack", "port closure", "wildfires"),
}
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def _leader_slots(prefix: str, leader: _Leader) -> dict[str, str]:
    return {f"{prefix}_full": leader.name, f"{prefix}_sur": leader.surname, f"{prefix}_role": leader.role,
            f"{prefix}_adj": leader.adjective, f"{prefix}_cap": leader.capital}


def _filler(rng: random.Random, capitals: list[str], published: date) -> str:
    slots = {k: rng.choice(v) for k, v in _WORDS.items()}
    slots.update(city=rng.choice(capitals), city2=rng.choice(capitals), weekday=rng.choice(_WEEKDAYS),
                 num=str(rng.randint(2, 9000)), pct=f"{rng.randint(1, 40)}.{rng.randint(0, 9)}",
                 year=str(published.year - rng.randint(1, 15)))
    return rng.choice(_FILLER).format(**slots)


def _article(rng: random.Random, n: int, leaders: list[_Leader], outlets: list[str], capitals: list[str]):
    published = date(2021, 1, 1) + timedelta(days=rng.randrange(5 * 365))
    call_day = published - timedelta(days=rng.randint(0, 3))
    a, b, c, d = rng.sample(leaders, 4)
    outlet = rng.choice(outlets)
    day = rng.choice((_WEEKDAYS[call_day.weekday()], f"{_MONTHS[call_day.month - 1]} {call_day.day}"))
    day_on = rng.choice((f"on {day}", f"on {_MONTHS[call_day.month - 1]} {call_day.day}", "on Tuesday", "yesterday"))
    day2 = published - timedelta(days=rng.randint(4, 30))
    slots = {**_leader_slots("a", a), **_leader_slots("b", b), **_leader_slots("c", c), **_leader_slots("d", d),
             "day": day, "day_on": day_on, "outlet": rng.choice(outlets), "n": str(rng.choice((20, 30, 40, 45, 50, 60, 90))),
             "topic": rng.choice(_WORDS["topic"]), "ordinal": rng.choice(_ORDINALS),
             "day2": f"{_MONTHS[day2.month - 1]} {day2.day}"}
    title = f"{a.surname} and {b.surname} discuss {slots['topic']} in phone call"
    paragraphs = [rng.choice(_CALLS).format(**slots) + " " + rng.choice(_FOLLOW).format(**slots)]
    paragraphs.append(rng.choice(_QUOTES).format(**slots) + " " + rng.choice(_FOLLOW).format(**slots))
    target = rng.randint(500, 700)
    words = len(title.split()) + sum(len(p.split()) for p in paragraphs)
    second_at = rng.randint(2, 5)
    while words < target:
        if len(paragraphs) == second_at:
            para = rng.choice(_SECOND).format(**slots)
        else:
            para = " ".join(_filler(rng, capitals, published) for _ in range(rng.randint(2, 4)))
        paragraphs.append(para)
        words += len(para.split())
    dateline = f"{a.capital.upper()}, {_MONTHS[published.month - 1]} {published.day} ({outlet}) - "
    body = title + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n"
    return f"{n:06d}.txt", body, published, outlet, title


def _write(path: Path, text: str) -> None:
    """Write ``text`` unless the file holds it already: a corpus grown by a second call keeps
    its first files untouched (same times), as a folder that new articles are added to does."""
    data = text.encode("utf-8")
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except FileNotFoundError:
        pass
    path.write_bytes(data)


def make_corpus(out_dir: Path, articles: int = 2000, seed: int = 7, mixed: bool = False) -> Path:
    """Write ``articles`` synthetic articles and their ``metadata.csv`` into ``out_dir``; with
    ``mixed``, nine in ten are ordinary news with no call (``ordinary_news``)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    leaders, outlets, capitals = _load()
    countries = sorted({leader.country for leader in leaders if leader.country})
    rng = random.Random(seed)
    rows = []
    for n in range(articles):
        if mixed and n % 10 != 0:
            published = date(2021, 1, 1) + timedelta(days=rng.randrange(5 * 365))
            title, body = ordinary_article(rng, published, capitals, countries)
            name, outlet = f"{n:06d}.txt", rng.choice(outlets)
            _write(out / name, body)
            rows.append((name, published.isoformat(), outlet, f"https://news.example.org/{n:06d}", title))
            continue
        name, body, published, outlet, title = _article(rng, n, leaders, outlets, capitals)
        _write(out / name, body)
        rows.append((name, published.isoformat(), outlet, f"https://news.example.org/{n:06d}", title))
    with (out / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("file", "published", "outlet", "url", "title"))
        writer.writerows(rows)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--mixed", action="store_true", help="nine in ten articles ordinary news with no call")
    args = parser.parse_args(argv)
    make_corpus(args.out_dir, args.articles, args.seed, args.mixed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
