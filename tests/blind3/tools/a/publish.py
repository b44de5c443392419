#!/usr/bin/env python3
"""Name each article NNN_<first 16 hex of the sha1 of its text>.txt and write metadata.csv.
Run after any edit to an article, then build_gold.py."""
import csv
import hashlib
from pathlib import Path

ART = Path(__file__).resolve().parent.parent / "articles"

# file number -> (published, outlet, url, title); blank cells as a crawler would leave them
META = {
    "200": ("2024-02-06", "The Namibian", "https://www.namibian.com.na/leaders-phone-mbumba-as-region-mourns-geingob/",
            "Leaders phone Mbumba as region mourns Geingob"),
    "201": ("2025-04-28", "Euronews", "https://www.euronews.com/2025/04/28/power-outage-live-spain-portugal-blackout",
            "Power outage LIVE: Spain and Portugal hit by massive blackout, trains halted and phones down"),
    "202": ("2025-04-29", "The Portugal News (Lusa)", "",
            "Montenegro and Sánchez agree to \"total coordination\" after blackout"),
    "203": ("2023-09-30", "European Western Balkans",
            "https://europeanwesternbalkans.com/2023/09/30/blinken-urges-vucic-to-pull-back-troops-from-kosovo-border/",
            "Blinken urges Vučić to pull back troops from Kosovo border"),
    "204": ("2024-12-27", "Yle News", "https://yle.fi/a/74-20133581",
            "Orpo and Michal discuss damaged Estlink 2 cable; Stubb phones NATO chief"),
    "205": ("2024-12-27", "ERR News", "https://news.err.ee/1609561274/michal-orpo-hold-phone-talks-on-cable-damage",
            "Michal, Orpo hold phone talks on cable damage"),
    "206": ("2025-01-27", "LSM", "https://eng.lsm.lv/article/politics/politics/27.01.2025-silina-holds-call-with-baltic-sea-neighbours.a585112/",
            "Siliņa holds call with Baltic Sea neighbours after Gotland cable damage"),
    "207": ("2023-12-10", "", "https://www.stabroeknews.com/2023/12/10/news/guyana/gonsalves-brokers-ali-maduro-talks/",
            "Gonsalves brokers Ali-Maduro talks after round of phone calls"),
    "208": ("2024-03-13", "The Gleaner", "https://jamaica-gleaner.com/article/news/20240313/caricom-leaders-meet-video-friday-haiti-council",
            "CARICOM leaders to meet by video Friday on Haiti council"),
    "209": ("2024-01-21", "Latin American Herald Tribune (EFE)", "https://www.laht.com/article.asp?ArticleId=2611834&CategoryId=14091",
            ""),
    "210": ("2023-04-22", "Gulf Daily News (BNA)", "https://www.gdnonline.com/Details/1246417/HRH-Crown-Prince-exchanges-Eid-greetings",
            "HRH Crown Prince and Prime Minister exchanges Eid greetings with Gulf leaders"),
    "211": ("2024-11-16", "Club of Mozambique", "https://clubofmozambique.com/news/ramaphosa-nyusi-talk-by-phone-as-lebombo-border-stays-shut-270114/",
            "Ramaphosa, Nyusi talk by phone as Lebombo border stays shut"),
}


def main():
    rows = []
    for f in sorted(ART.glob("*.txt")):
        num = f.name[:3]
        h = hashlib.sha1(f.read_bytes()).hexdigest()[:16]
        new = ART / f"{num}_{h}.txt"
        if new != f:
            f.rename(new)
        pub, outlet, url, title = META[num]
        rows.append([new.name, pub, outlet, url, title])
    with open(ART / "metadata.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "published", "outlet", "url", "title"])
        w.writerows(rows)
    print("published", len(rows), "articles")


if __name__ == "__main__":
    main()
