"""Write kg/data/gazetteer/zones.json, each gazetteer country's time zone (its capital's), from the tz database's zone.tab: python scripts/make_zones.py . (run by hand when countries.jsonl changes; reads /usr/share/zoneinfo)"""
import json, sys, unicodedata
root = sys.argv[1]
def fold(s): return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold().replace("_", " ").replace("-", " ").replace(".", "").replace("'", "")
iso = {}
for line in open("/usr/share/zoneinfo/iso3166.tab"):
    if line.startswith("#"): continue
    code, name = line.rstrip("\n").split("\t")[:2]
    iso[fold(name)] = code
zones = {}
for line in open("/usr/share/zoneinfo/zone.tab"):
    if line.startswith("#"): continue
    parts = line.rstrip("\n").split("\t")
    zones.setdefault(parts[0], []).append(parts[2])
OVERRIDE = {"united-states": "America/New_York", "canada": "America/Toronto", "australia": "Australia/Sydney",
            "brazil": "America/Sao_Paulo", "russia": "Europe/Moscow", "mexico": "America/Mexico_City",
            "indonesia": "Asia/Jakarta", "kazakhstan": "Asia/Almaty", "china": "Asia/Shanghai",
            "dr-congo": "Africa/Kinshasa", "mongolia": "Asia/Ulaanbaatar", "chile": "America/Santiago",
            "argentina": "America/Argentina/Buenos_Aires", "kiribati": "Pacific/Tarawa",
            "micronesia": "Pacific/Pohnpei", "ecuador": "America/Guayaquil", "spain": "Europe/Madrid",
            "portugal": "Europe/Lisbon", "new-zealand": "Pacific/Auckland", "ukraine": "Europe/Kyiv",
            "malaysia": "Asia/Kuala_Lumpur", "uzbekistan": "Asia/Tashkent", "germany": "Europe/Berlin",
            "papua-new-guinea": "Pacific/Port_Moresby", "cyprus": "Asia/Nicosia", "marshall-islands": "Pacific/Majuro",
            "united-kingdom": "Europe/London", "palau": "Pacific/Palau", "kosovo": "Europe/Belgrade",
            "india": "Asia/Kolkata", "vatican-city": "Europe/Vatican", "palestine": "Asia/Gaza",
            "taiwan": "Asia/Taipei", "north-korea": "Asia/Pyongyang", "south-korea": "Asia/Seoul", "antigua-and-barbuda": "America/Antigua",
            "central-african-republic": "Africa/Bangui", "saint-vincent-and-the-grenadines": "America/St_Vincent",
            "samoa": "Pacific/Apia", "sao-tome-and-principe": "Africa/Sao_Tome"}
out = {}
for line in open(f"{root}/kg/data/gazetteer/countries.jsonl"):
    c = json.loads(line)
    if c["id"] in OVERRIDE:
        out[c["id"]] = OVERRIDE[c["id"]]; continue
    code = (c.get("tld") or "").upper()
    if code == "UK": code = "GB"
    if code not in zones:
        code = next((iso[fold(n)] for n in [c["name"], *c.get("aliases", [])] if fold(n) in iso), None)
    if code is None or code not in zones:
        print("NO ZONE", c["id"], file=sys.stderr); continue
    cands = zones[code]
    capital = [fold(x) for x in c.get("capitals", [])]
    pick = next((z for z in cands if fold(z.split("/")[-1]) in capital), cands[0])
    if len(cands) > 1 and fold(pick.split("/")[-1]) not in capital:
        print("MULTI", c["id"], cands[:6], file=sys.stderr)
    out[c["id"]] = pick
doc = ("Each country's time zone (an IANA name): its capital's, for a clock time told with the country, its "
       "capital or a place of it ('7 a.m. Baghdad time', 'late on Wednesday night in Washington'). Written by "
       "a script from the tz database's zone.tab (the zone of the capital, else a hand choice for countries of "
       "several zones). Read by kg/extract/zones.py.")
# the abbreviations the press writes after a clock time ("9 p.m. ET"), each for one zone; the
# ambiguous ones ("AST": Arabia or Atlantic, "CST": China or Central) are left out
ABBREVIATIONS = {"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
                 "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
                 "CDT": "America/Chicago", "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
                 "GMT": "Etc/UTC", "UTC": "Etc/UTC", "BST": "Europe/London", "CET": "Europe/Paris",
                 "CEST": "Europe/Paris", "EET": "Europe/Athens", "EEST": "Europe/Athens", "MSK": "Europe/Moscow",
                 "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "AWST": "Australia/Perth",
                 "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
                 "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore", "PKT": "Asia/Karachi", "WIB": "Asia/Jakarta",
                 "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos", "CAT": "Africa/Maputo", "SAST": "Africa/Johannesburg"}
doc += (" 'abbreviations': the zone of each abbreviation the press writes after a clock time ('9 p.m. ET'), "
        "the ambiguous ones (AST, CST, IST) left out.")
# the zones the press names before "time" ("9 p.m. Eastern time"), each for one zone
NAMED = {"Eastern": "America/New_York", "Central": "America/Chicago", "Mountain": "America/Denver",
         "Pacific": "America/Los_Angeles", "Central European": "Europe/Paris", "Eastern European": "Europe/Athens",
         "Western European": "Europe/Lisbon", "Greenwich Mean": "Etc/UTC", "Eastern Standard": "America/New_York",
         "Eastern Daylight": "America/New_York", "Pacific Standard": "America/Los_Angeles",
         "Pacific Daylight": "America/Los_Angeles", "Coordinated Universal": "Etc/UTC", "Universal": "Etc/UTC"}
doc += " 'named': the zone the press names before 'time' ('9 p.m. Eastern time')."
text = json.dumps({"_doc": doc, "zones": dict(sorted(out.items())), "abbreviations": ABBREVIATIONS, "named": NAMED},
                  indent=1, ensure_ascii=False) + "\n"
open(f"{root}/kg/data/gazetteer/zones.json", "w", encoding="utf-8").write(text)
print(len(out))
