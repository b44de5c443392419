#!/usr/bin/env python3
"""Name each article NNN_<first 16 hex of the sha1 of its text>.txt and (re)write metadata.csv
from the table below. Run after any edit of an article: python3 publish.py
Blank cells are deliberate (a crawler would not always know them)."""
import csv
import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"

META = {  # key: (published, outlet, url, title)
    "113": ("2017-05-12", "The Korea Times",
            "https://www.koreatimes.co.kr/www/nation/2017/05/356_229381.html",
            "Moon wraps up first round of phone diplomacy with Trump, Xi and Abe"),
    "114": ("2017-05-11", "China Daily (Xinhua)",
            "https://www.chinadaily.com.cn/world/2017-05/11/content_29310257.htm",
            "Xi, Moon talk over phone, stress mutual trust"),
    "115": ("2023-07-04", "TASS", "https://tass.com/politics/1642117",
            "SCO leaders hold online summit under India's chairmanship, Putin takes part"),
    "116": ("2025-07-27", "Khmer Times",
            "https://www.khmertimeskh.com/501722984/hun-manet-trump-hold-phone-talks-on-border-ceasefire/",
            "Hun Manet, Trump hold phone talks on border ceasefire"),
    "117": ("2024-11-07", "The Mainichi", "https://mainichi.jp/english/articles/20241107/p2a/00m/0na/021000c",
            "Ishiba, Trump agree to meet 'soon' in 5-minute phone talks"),
    "118": ("2025-04-08", "NHK World-Japan",
            "https://www3.nhk.or.jp/nhkworld/en/news/20250408_07/",
            "Ishiba, Trump agree to appoint ministers for tariff negotiations"),
    "119": ("2025-03-28", "CBC News",
            "https://www.cbc.ca/news/politics/carney-trump-call-live-updates-1.7495210",
            "Carney, Trump hold first call as auto tariffs loom: Live updates"),
    "120": ("2025-03-28", "The Hill",
            "https://thehill.com/homenews/administration/5220417-trump-carney-call-productive/",
            "Trump says call with Canada's Carney was 'extremely productive'"),
    "121": ("2025-03-29", "CTV News (The Canadian Press)", "",
            "Carney says Trump recognized Canada's sovereignty in first call"),
    "122": ("2025-04-26", "Hong Kong Free Press (AFP)",
            "https://hongkongfp.com/2025/04/26/china-denies-trump-claim-that-xi-phoned-him-over-tariffs/",
            "China denies Trump claim that Xi phoned him over tariffs"),
    "123": ("2025-08-27", "India Today",
            "https://www.indiatoday.in/india/story/modi-declined-four-calls-trump-german-daily-faz-2776514-2025-08-27",
            "Modi declined four calls from Trump in recent weeks, German daily claims"),
    "124": ("2025-09-19", "The Himalayan Times (RSS)",
            "https://thehimalayantimes.com/nepal/pm-karki-modi-hold-telephone-conversation",
            ""),
    "125": ("2022-01-21", "", "https://www.stuff.co.nz/national/politics/127545201/ardern-finally-gets-through-to-tongas-prime-minister",
            "Ardern finally gets through to Tonga's prime minister, five days after eruption"),
}

rows = []
for key, (pub, outlet, url, title) in sorted(META.items()):
    src = sorted(ART.glob(f"{key}_*.txt")) or [ROOT / "draft" / f"{key}.txt"]
    assert len(src) == 1, src
    text = src[0].read_text(encoding="utf-8")
    name = f"{key}_{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}.txt"
    dest = ART / name
    if src[0] != dest:
        dest.write_text(text, encoding="utf-8")
        src[0].unlink()
    rows.append([name, pub, outlet, url, title])
with open(ART / "metadata.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "published", "outlet", "url", "title"])
    w.writerows(rows)
print("\n".join(r[0] for r in rows))
