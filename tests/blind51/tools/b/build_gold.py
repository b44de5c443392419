#!/usr/bin/env python3
"""Build ../gold.json (blind51, part B) from the hand annotation below and the registry of names.

For each article: the entities it names (canonical names; aliases are the registry's surface
forms that occur verbatim, as whole words, in that article), its call mentions and its
reported-by pairs. Run: python3 build_gold.py
"""
import csv
import json
import re
from pathlib import Path

from registry import REG

ROOT = Path(__file__).resolve().parent.parent
ART = ROOT / "articles"


def call(cid, event, parts, date, status="occurred", caller=None, required=True):
    return {"id": cid, "event": event, "participants": parts, "caller": caller,
            "date": date, "status": status, "required": required}


def rb(cid, outlet, required):
    return {"call": cid, "outlet": outlet, "required": required}


def self_rows(outlet, *cids):
    """The publisher (or the wire on another site) credited for every call of its article: never required."""
    return [rb(c, outlet, False) for c in cids]


A = {}
NOBOA, LASSO, BOLUARTE, PETRO, SANCHEZ = "Daniel Noboa", "Guillermo Lasso", "Dina Boluarte", "Gustavo Petro", "Pedro Sánchez"
GONZALEZ, ATAMAINT, BLINKEN = "Luisa González", "Diana Atamaint", "Antony Blinken"
MELONI, STOCKER, MATTARELLA, VDB = "Giorgia Meloni", "Christian Stocker", "Sergio Mattarella", "Alexander Van der Bellen"
MERZ, FIALA, SCHOOF, MITSOTAKIS, MONTENEGRO, KELLER_SUTTER, STEINMEIER, WA = (
    "Friedrich Merz", "Petr Fiala", "Dick Schoof", "Kyriakos Mitsotakis", "Luís Montenegro", "Karin Keller-Sutter",
    "Frank-Walter Steinmeier", "Willem-Alexander")
RUTTE, DEWEVER, FRIEDEN, COSTA, TRUMP = "Mark Rutte", "Bart De Wever", "Luc Frieden", "António Costa", "Donald Trump"
TAJANI, MEINL, KARNER, FONTANA, KUNASEK, DOBRINDT, KAHR = (
    "Antonio Tajani", "Beate Meinl-Reisinger", "Gerhard Karner", "Lorenzo Fontana", "Mario Kunasek", "Alexander Dobrindt",
    "Elke Kahr")
KORNELIUS, VDL, WILDERS = "Stefan Kornelius", "Ursula von der Leyen", "Geert Wilders"
TOLAM, CHINH, PAETONGTARN, PHUMTHAM, HUNMANET = (
    "Tô Lâm", "Phạm Minh Chính", "Paetongtarn Shinawatra", "Phumtham Wechayachai", "Hun Manet")
DIEN, GREER, JIRAYU, PICHAI, BESSENT, ZAFRUL, CHANTHOL, LUTNICK = (
    "Nguyễn Hồng Diên", "Jamieson Greer", "Jirayu Houngsub", "Pichai Chunhavajira", "Scott Bessent", "Tengku Zafrul Aziz",
    "Sun Chanthol", "Howard Lutnick")
LULA, DELCY, RUBIO, BENEDETTI, VILLAVICENCIO, ALBARES, DEZELA = (
    "Luiz Inácio Lula da Silva", "Delcy Rodríguez", "Marco Rubio", "Armando Benedetti", "Rosa Yolanda Villavicencio",
    "José Manuel Albares", "Hugo de Zela")

# cross-article events
MERZ_STOCKER = "B_E_merz_stocker_2025_06_10"        # 4852 (Vindobona, dateline "Vienna, 11 June", published June 12:
                                                    # "yesterday" in the Chancellery's statement = June 10; "The first
                                                    # foreign head of government to call was ... Merz": caller Merz;
                                                    # APA); 4853 (Politico, June 13: "On the day of the shooting" =
                                                    # "Tuesday's shooting", June 10; "on the line to Stocker": no caller
                                                    # here; Kornelius's post on X)
MELONI_STOCKER = "B_E_meloni_stocker_2025_06_10"    # 4851 (ANSA, "ROME, JUN 10": "on Tuesday afternoon telephoned";
                                                    # X post paragraphs later); 4852 ("Calls followed from ... Meloni",
                                                    # yesterday against the dateline)
TOLAM_TRUMP = "B_E_tolam_trump_2025_07_02"          # 4854 (VNS, "on the evening of July 2, Hà Nội time"; VTV aired
                                                    # footage; Truth Social; no caller); 4855 (The Nation, Friday July 4:
                                                    # "late on Wednesday", "To Lam"; Truth Social); 4856 (Khmer Times,
                                                    # July 9, in passing: "Tô Lâm's phone call with Trump on July 2")
ASEAN_VIDEO = "B_E_asean_econ_ministers_video_2025_07_03"  # 4855 ("On Thursday", chaired by Zafrul, 4 named: no
                                                    # caller); 4856 ("last Thursday's virtual meeting", against the
                                                    # metadata's Wednesday July 9 = July 3; 2 named)
PETRO_TRUMP = "B_E_petro_trump_2026_01_07"          # 4857 (El País live blog: entries stamped 00:14 and 00:41 CET on
                                                    # Thursday Jan 8, "this Wednesday afternoon", Truth Social, RTVC
                                                    # "carried the speech live"; caller Petro: "telephoned him");
                                                    # 4858 (EFE, Jan 8: "on Wednesday afternoon"; "telephoned");
                                                    # 4859 (Q&A, Jan 12: "On the morning of the rally ... he made the
                                                    # call ... in the afternoon"; the rally was Wednesday)
PETRO_SANCHEZ = "B_E_petro_sanchez_2026_01_07"      # late on Tuesday Jan 6 in Bogotá (about 23:45, UTC-5), close to six
                                                    # on Wednesday Jan 7 in Madrid (UTC+1): about 04:45 UTC on Jan 7.
                                                    # 4857 ("in the early hours of this Wednesday, Spanish time ... at
                                                    # Petro's request, when it was still Tuesday night in Bogotá");
                                                    # 4858 ("Late on Tuesday night, Bogotá time, when it was already
                                                    # close to six in the morning in Madrid, he rang"); 4859 ("on
                                                    # Tuesday night, our time. For him it was already Wednesday
                                                    # morning"). Caller Petro in all three.
VILLAVICENCIO_ALBARES = "B_E_villavicencio_albares_2026_01_06"  # 4857 ("had spoken by phone on Tuesday"); 4859 ("I
                                                    # had spoken with Minister Albares earlier that Tuesday")
PETRO_DELCY = "B_D_petro_delcy_2026_01"             # denied: 4858 (Caracol Radio's report, "over the weekend", denied
                                                    # by Benedetti on X); 4859 ("There were radio reports ... That
                                                    # conversation never took place"); no day fixed, no claimed caller

# 4850 Cuenca High Life, Tue 2023-10-17: expat news digest, byline, share bar, no dateline
A["4850"] = dict(
    ents=[NOBOA, LASSO, BOLUARTE, PETRO, SANCHEZ, GONZALEZ, ATAMAINT, BLINKEN, "Dale Whitacre-Muñoz",
          "Cuenca High Life", "Teleamazonas", "X", "Andina", "El Universo", "National Electoral Council (Ecuador)",
          "Citizen Revolution", "National Assembly (Ecuador)", "State Department", "CENACE", "Centrosur", "ETAPA",
          "Carondelet Palace", "Ecuador", "Peru", "Colombia", "Spain"],
    calls=[# "Lasso telephoned Daniel Noboa on the night of Sunday's run-off" (Oct 15; a day told by the event)
           call("c1", "B_E_lasso_noboa_2023_10_15", [LASSO, NOBOA], "2023-10-15", caller=LASSO),
           # "she had tried to reach Noboa by telephone ... but the line never connected" (Sunday night; the one who
           # tried is the caller)
           call("c2", "B_A_gonzalez_noboa_2023_10_15", [GONZALEZ, NOBOA], "2023-10-15", status="attempted",
                caller=GONZALEZ),
           # "Boluarte and ... Petro each called Noboa on Monday" (Oct 16): two calls, each the caller
           call("c3", "B_E_boluarte_noboa_2023_10_16", [BOLUARTE, NOBOA], "2023-10-16", caller=BOLUARTE),
           call("c4", "B_E_petro_noboa_2023_10_16", [PETRO, NOBOA], "2023-10-16", caller=PETRO),
           # "Spain's acting prime minister, Pedro Sánchez, also spoke to the president-elect by phone on Monday
           # afternoon" (no caller)
           call("c5", "B_E_sanchez_noboa_2023_10_16", [SANCHEZ, NOBOA], "2023-10-16"),
           # "Blinken expected to telephone Noboa 'in the coming days'" (planned, no day; caller Blinken)
           call("c6", "B_P_blinken_noboa_2023_10", [BLINKEN, NOBOA], None, status="planned", caller=BLINKEN)],
    # "Lasso told Teleamazonas in an interview" (an interview given to a named outlet); González "In a post on X";
    # "Boluarte's office told ... Andina" (a statement to an agency); "El Universo reported, citing the Spanish
    # embassy". Petro's call: "according to a member of the Noboa campaign" (no outlet); Blinken's plan: a State
    # Department spokesman (an organization). Facebook and Email in the share bar are page furniture.
    rb=[rb("c1", "Teleamazonas", True), rb("c2", "X", True), rb("c3", "Andina", True), rb("c5", "El Universo", True)]
       + self_rows("Cuenca High Life", "c1", "c2", "c3", "c4", "c5", "c6"))

# 4851 ANSA English, Tue 2025-06-10: telegraphic headline, "(ANSA) - ROME, JUN 10 -", short wire
A["4851"] = dict(
    ents=[MELONI, STOCKER, MATTARELLA, VDB, TAJANI, MEINL, KARNER, FONTANA, "ANSA", "X", "Palazzo Chigi", "Farnesina",
          "Chamber of Deputies (Italy)", "BORG Dreierschützengasse", "Italy", "Austria"],
    calls=[# "Meloni on Tuesday afternoon telephoned Austrian Chancellor Christian Stocker"
           call("c1", MELONI_STOCKER, [MELONI, STOCKER], "2025-06-10", caller=MELONI),
           # ministers: Tajani "had spoken by phone during the afternoon with ... Beate Meinl-Reisinger" (no caller)
           call("c2", "B_E_tajani_meinl_reisinger_2025_06_10", [TAJANI, MEINL], "2025-06-10")],
    # "In a post on X a little over an hour after the call, Meloni wrote" (five paragraphs after the call); Palazzo
    # Chigi's note is an organization's; Mattarella's message is not a call.
    rb=[rb("c1", "X", True)] + self_rows("ANSA", "c1", "c2"))

# 4852 Vindobona, Thu 2025-06-12 (dateline "Vienna, 11 June 2025"): the Federal Chancellery's statement reposted; a
# list of condolence calls. "yesterday" (the statement's and the article's) = June 10, against the dateline.
A["4852"] = dict(
    ents=[STOCKER, MERZ, MELONI, FIALA, SCHOOF, MITSOTAKIS, MONTENEGRO, KELLER_SUTTER, VDB, STEINMEIER, WA, KUNASEK,
          KARNER, DOBRINDT, KAHR, "Vindobona", "Austria Press Agency", "Federal Chancellery (Austria)",
          "Presidential Chancellery (Austria)", "Federal Criminal Police Office (Germany)", "BORG Dreierschützengasse",
          "Austria", "Germany", "Italy", "Czech Republic", "Netherlands", "Greece", "Portugal", "Switzerland"],
    calls=[# "The first foreign head of government to call was ... Merz, in the early afternoon"
           call("c1", MERZ_STOCKER, [MERZ, STOCKER], "2025-06-10", caller=MERZ),
           # "Calls followed from ... Meloni; ... Fiala; ... Schoof; and, in the evening, ... Mitsotakis, and ...
           # Montenegro" (each the caller)
           call("c2", MELONI_STOCKER, [MELONI, STOCKER], "2025-06-10", caller=MELONI),
           call("c3", "B_E_fiala_stocker_2025_06_10", [FIALA, STOCKER], "2025-06-10", caller=FIALA),
           call("c4", "B_E_schoof_stocker_2025_06_10", [SCHOOF, STOCKER], "2025-06-10", caller=SCHOOF),
           call("c5", "B_E_mitsotakis_stocker_2025_06_10", [MITSOTAKIS, STOCKER], "2025-06-10", caller=MITSOTAKIS),
           call("c6", "B_E_montenegro_stocker_2025_06_10", [MONTENEGRO, STOCKER], "2025-06-10", caller=MONTENEGRO),
           # "A telephone conversation with ... Keller-Sutter, is scheduled for Thursday" (planned; Thursday after
           # the statement's Wednesday = June 12, which is also the publication day)
           call("c7", "B_P_keller_sutter_stocker_2025_06_12", [KELLER_SUTTER, STOCKER], "2025-06-12",
                status="planned"),
           # "the chancellor had spoken by telephone with the Governor of Styria, Mario Kunasek, shortly after 11 a.m."
           call("c8", "B_E_stocker_kunasek_2025_06_10", [STOCKER, KUNASEK], "2025-06-10"),
           # "Van der Bellen had received calls from ... Steinmeier, and from King Willem-Alexander" (callers; no day
           # is given for these two calls: null, see README)
           call("c9", "B_E_steinmeier_van_der_bellen_2025_06", [STEINMEIER, VDB], None, caller=STEINMEIER),
           call("c10", "B_E_willem_alexander_van_der_bellen_2025_06", [WA, VDB], None, caller=WA),
           # ministers: "Karner ... spoke by phone late yesterday with ... Dobrindt" (no caller)
           call("c11", "B_E_karner_dobrindt_2025_06_10", [KARNER, DOBRINDT], "2025-06-10")],
    # "A government spokesperson in Berlin confirmed the Merz call to the Austria Press Agency (APA)" (a statement to
    # an agency). The Federal and Presidential Chancelleries are organizations. "Mayor Elke Kahr called the school" is
    # not a call.
    rb=[rb("c1", "Austria Press Agency", True)]
       + self_rows("Vindobona", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11"))

# 4853 Politico Europe (outlet blank in the metadata), Fri 2025-06-13: Brussels Playbook newsletter, calls in passing
A["4853"] = dict(
    ents=[STOCKER, MERZ, SCHOOF, RUTTE, DEWEVER, FRIEDEN, COSTA, TRUMP, KORNELIUS, VDL, WILDERS,
          "Helene Van der Straeten", "Marek Ostrowiecki-Bell", "Ilse Verbruggen-Kahn", "Jonas Feldhaus-Oyelaran",
          "Politico Europe", "X", "NOS", "NATO", "PVV", "European Council", "European Commission", "Austria", "Germany", "Netherlands",
          "Belgium", "Luxembourg", "Ukraine"],
    calls=[# "On the day of the shooting, Friedrich Merz was the first foreign leader on the line to Stocker"
           # ("Tuesday's shooting" = June 10; "on the line to" names no caller)
           call("c1", MERZ_STOCKER, [MERZ, STOCKER], "2025-06-10"),
           # "Stocker has also been in touch with ... von der Leyen, his office says, without saying how" (not said
           # to be a call: not required; no day)
           call("c2", "B_E_stocker_von_der_leyen_2025_06", [STOCKER, VDL], None, required=False),
           # "Schoof and ... Rutte ... spoke by phone on Wednesday evening" (June 11; no caller)
           call("c3", "B_E_schoof_rutte_2025_06_11", [SCHOOF, RUTTE], "2025-06-11"),
           # "Today at 3 p.m.: ... De Wever, Schoof and ... Frieden will hold a video call" (planned, June 13)
           call("c4", "B_P_benelux_video_2025_06_13", [DEWEVER, SCHOOF, FRIEDEN], "2025-06-13", status="planned")],
    # "Kornelius, posted about their conversation on X that afternoon"; "the Dutch public broadcaster NOS learned"
    # (an outlet that learned of the call). "told Playbook" and the POLITICO masthead are the publisher. "Costa called
    # on capitals" is not a call.
    rb=[rb("c1", "X", True), rb("c3", "NOS", True)] + self_rows("Politico Europe", "c1", "c2", "c3", "c4"))

# 4854 Việt Nam News (VNS), Thu 2025-07-03: the Vietnamese readout reposted, "HÀ NỘI —", "— VNS"
A["4854"] = dict(
    ents=[TOLAM, TRUMP, CHINH, DIEN, GREER, "Việt Nam News", "Truth Social", "Việt Nam Television",
          "Communist Party of Vietnam", "Ministry of Foreign Affairs (Vietnam)", "Party Central Committee", "Vietnam",
          "United States"],
    calls=[# "Tô Lâm held phone talks with US President Donald Trump on the evening of July 2, Hà Nội time" (no caller)
           call("c1", TOLAM_TRUMP, [TOLAM, TRUMP], "2025-07-02"),
           # ministers: "Nguyễn Hồng Diên and ... Jamieson Greer are expected to hold online talks in the coming days"
           # (planned video call; no day)
           call("c2", "B_P_dien_greer_video_2025_07", [DIEN, GREER], None, status="planned")],
    # "Trump wrote on his Truth Social platform that he had spoken with the Party chief"; "Việt Nam Television (VTV)
    # aired footage ... showing the Party chief speaking on the telephone". The readout "posted on the website of the
    # Ministry of Foreign Affairs": a ministry's website is not an outlet. Chính's "online conference with ministries,
    # sectors and localities" names no counterpart (not annotated).
    rb=[rb("c1", "Truth Social", True), rb("c1", "Việt Nam Television", True)]
       + self_rows("Việt Nam News", "c1", "c2"))

# 4855 The Nation Thailand, Fri 2025-07-04: analysis; the publisher's name does not occur in the text
A["4855"] = dict(
    ents=[TOLAM, TRUMP, PAETONGTARN, PHUMTHAM, JIRAYU, PICHAI, GREER, BESSENT, ZAFRUL, DIEN, CHANTHOL,
          "Siriporn Lertwattana-Hayes", "Truth Social", "Thairath", "Constitutional Court (Thailand)", "ASEAN",
          "Federation of Thai Industries", "Communist Party of Vietnam", "Vietnam", "Thailand", "United States", "Malaysia", "Cambodia"],
    calls=[# "late on Wednesday, when ... To Lam and ... Trump spoke by phone" (July 2; no caller)
           call("c1", TOLAM_TRUMP, [TOLAM, TRUMP], "2025-07-02"),
           # "he expected to speak with Trump by phone next week" (planned; no day)
           call("c2", "B_P_phumtham_trump_2025_07", [PHUMTHAM, TRUMP], None, status="planned"),
           # "a report in Thairath ... that he had already spoken briefly with Trump on Wednesday night" - "no
           # conversation between the two had taken place" (denied; the claimed day, July 2; no claimed caller)
           call("c3", "B_D_phumtham_trump_2025_07_02", [PHUMTHAM, TRUMP], "2025-07-02", status="denied"),
           # ministers: Pichai "held a video call with ... Greer on Tuesday evening, Bangkok time" (July 1)
           call("c4", "B_E_pichai_greer_video_2025_07_01", [PICHAI, GREER], "2025-07-01"),
           # ministers: "Pichai had also spoken by telephone with ... Bessent last week" (no day)
           call("c5", "B_E_pichai_bessent_2025_06", [PICHAI, BESSENT], None),
           # "On Thursday, ASEAN economic ministers held a virtual meeting chaired by ... Tengku Zafrul Aziz ...
           # Pichai, ... Nguyen Hong Dien and ... Sun Chanthol were among those who joined" (July 3; chaired: no caller)
           call("c6", ASEAN_VIDEO, [ZAFRUL, PICHAI, DIEN, CHANTHOL], "2025-07-03")],
    # "Trump told followers on Truth Social afterwards" (c1); "a report in Thairath" (the denied claim). The
    # spokesman's denial names no outlet.
    rb=[rb("c1", "Truth Social", True), rb("c3", "Thairath", True)])

# 4856 Khmer Times, Wed 2025-07-09: short news story, no dateline ("yesterday evening": the date only in the metadata);
# URL blank in the metadata
A["4856"] = dict(
    ents=[TRUMP, TOLAM, HUNMANET, CHANTHOL, GREER, LUTNICK, ZAFRUL, "Kim Sovandara Pich", "Khmer Times", "Telegram",
          "Facebook", "AKP", "Council for the Development of Cambodia", "ASEAN", "Cambodia", "Vietnam",
          "United States", "Malaysia"],
    calls=[# ministers: "Sun Chanthol held a video conference with ... Greer yesterday evening" (July 8)
           call("c1", "B_E_chanthol_greer_video_2025_07_08", [CHANTHOL, GREER], "2025-07-08"),
           # in passing: "after General Secretary Tô Lâm's phone call with Trump on July 2" (no caller)
           call("c2", TOLAM_TRUMP, [TOLAM, TRUMP], "2025-07-02"),
           # ministers: "Chanthol had also spoken by telephone with ... Howard Lutnick last week" (no day)
           call("c3", "B_E_chanthol_lutnick_2025_07", [CHANTHOL, LUTNICK], None),
           # "he joined last Thursday's virtual meeting of ASEAN economic ministers, chaired by ... Tengku Zafrul Aziz"
           # (July 3; two of the four named in 4855)
           call("c4", ASEAN_VIDEO, [CHANTHOL, ZAFRUL], "2025-07-03")],
    # The CDC "posted photographs of the video conference on its Facebook page"; "The state news agency AKP also
    # carried a short account of the talks" (named once, at the end). Hun Manet's Telegram post is about the letter,
    # not a call; "told Khmer Times" is the publisher.
    rb=[rb("c1", "Facebook", True), rb("c1", "AKP", True)] + self_rows("Khmer Times", "c1", "c2", "c3", "c4"))

# 4857 El País English, Wed 2026-01-07: live blog, CET stamps, newest first, day headers (the last two entries under
# "Thursday, January 8"); title blank in the metadata
A["4857"] = dict(
    ents=[PETRO, TRUMP, SANCHEZ, RUBIO, BENEDETTI, VILLAVICENCIO, ALBARES, "Lucía Ferrer Obando",
          "Julián Arango Ocampo", "El País", "RTVC", "Truth Social", "Moncloa", "Colombia", "United States", "Spain",
          "Venezuela"],
    calls=[# 00:14 CET (Thursday): "Petro telephoned him this Wednesday afternoon" (caller Petro); 00:41 CET: Petro
           # "confirmed his conversation with Donald Trump" (the same call)
           call("c1", PETRO_TRUMP, [PETRO, TRUMP], "2026-01-07", caller=PETRO),
           # 17:30 CET, ministers: Villavicencio "had spoken by phone on Tuesday with ... Albares" (Jan 6)
           call("c2", VILLAVICENCIO_ALBARES, [VILLAVICENCIO, ALBARES], "2026-01-06"),
           # 09:02 CET: "spoke by telephone in the early hours of this Wednesday, Spanish time ... at Petro's request,
           # when it was still Tuesday night in Bogotá" (UTC Jan 7)
           call("c3", PETRO_SANCHEZ, [PETRO, SANCHEZ], "2026-01-07", caller=PETRO)],
    # "Trump has written on Truth Social"; "The public broadcaster RTVC carried the speech live" (the speech in which
    # Petro confirmed the call). "sources at the Moncloa have told EL PAÍS" is the publisher. Rubio's interview "with a
    # US network" names no outlet; the share bar is page furniture.
    rb=[rb("c1", "Truth Social", True), rb("c1", "RTVC", True)] + self_rows("El País", "c1", "c2", "c3"))

# 4858 Colombia One (EFE), Thu 2026-01-08: wire round-up, "Bogotá, Jan 8 (EFE).-", sign-off initials; the carrying
# site's name does not occur in the text
A["4858"] = dict(
    ents=[PETRO, TRUMP, SANCHEZ, LULA, DELCY, VILLAVICENCIO, RUBIO, BENEDETTI, "EFE", "Truth Social", "Caracol Radio",
          "X", "Casa de Nariño", "Planalto Palace", "Colombian Foreign Ministry", "Inspector General's Office (Colombia)", "Colombia",
          "United States", "Spain", "Brazil", "Venezuela"],
    calls=[# "Petro telephoned his US counterpart, Donald Trump, on Wednesday afternoon"
           call("c1", PETRO_TRUMP, [PETRO, TRUMP], "2026-01-07", caller=PETRO),
           # "Late on Tuesday night, Bogotá time, when it was already close to six in the morning in Madrid, he rang
           # ... Sánchez" (UTC Jan 7; a reader of Bogotá's clock says Jan 6)
           call("c2", PETRO_SANCHEZ, [PETRO, SANCHEZ], "2026-01-07", caller=PETRO),
           # "On Monday, ... Lula da Silva had called Petro" (Jan 5)
           call("c3", "B_E_lula_petro_2026_01_05", [LULA, PETRO], "2026-01-05", caller=LULA),
           # ministers: Villavicencio and Rubio "are due to speak by phone on Friday" (planned, Jan 9)
           call("c4", "B_P_villavicencio_rubio_2026_01_09", [VILLAVICENCIO, RUBIO], "2026-01-09", status="planned"),
           # "Caracol Radio reported ... that Petro had also spoken by phone over the weekend with ... Delcy
           # Rodríguez" - "That call did not happen" (denied; no day fixed; no claimed caller)
           call("c5", PETRO_DELCY, [PETRO, DELCY], None, status="denied")],
    # "Trump later wrote on his Truth Social network that he had valued the call"; Caracol Radio carried the denied
    # claim. X carries Benedetti's denial (not required, as the blindset's 033). EFE is the wire on another site.
    # "the Planalto Palace said", "the Colombian Foreign Ministry said" are organizations.
    rb=[rb("c1", "Truth Social", True), rb("c5", "Caracol Radio", True), rb("c5", "X", False)]
       + self_rows("EFE", "c1", "c2", "c3", "c4", "c5"))

# 4859 The City Paper Bogotá, Mon 2026-01-12: transcript-like Q&A recorded "on Saturday afternoon" (Jan 10); no outlet
# credited for any call
A["4859"] = dict(
    ents=[VILLAVICENCIO, PETRO, TRUMP, DELCY, SANCHEZ, RUBIO, BENEDETTI, ALBARES, DEZELA, "Tomás Ebbesen-Garzón",
          "The City Paper Bogotá", "State Department", "San Carlos Palace", "Casa de Nariño", "Peru", "Ecuador", "Spain", "Venezuela", "Colombia"],
    calls=[# "On the morning of the rally ... he made the call from the Casa de Nariño in the afternoon" (the rally in
           # the Plaza de Bolívar was "three days" before Saturday's interview: Wednesday Jan 7; caller Petro)
           call("c1", PETRO_TRUMP, [PETRO, TRUMP], "2026-01-07", caller=PETRO),
           # ministers: "Have you spoken with Secretary Rubio since then?" - "Yes, on Friday, by telephone" (Jan 9; the
           # call planned in 4858, a different event by status)
           call("c2", "B_E_villavicencio_rubio_2026_01_09", [VILLAVICENCIO, RUBIO], "2026-01-09"),
           # "They agreed to speak again by phone before the president travels. There is no date yet." (planned)
           call("c3", "B_P_petro_trump_2026_01", [PETRO, TRUMP], None, status="planned"),
           # "There were radio reports that the president spoke with Delcy Rodríguez over the weekend." - "That
           # conversation never took place" (the denied claim of 4858; "no plans to call her" is a negation)
           call("c4", PETRO_DELCY, [PETRO, DELCY], None, status="denied"),
           # "President Sánchez was the first European leader the president called, on Tuesday night, our time. For
           # him it was already Wednesday morning." (caller Petro; UTC Jan 7)
           call("c5", PETRO_SANCHEZ, [PETRO, SANCHEZ], "2026-01-07", caller=PETRO),
           # "I had spoken with Minister Albares earlier that Tuesday" (Jan 6; the call of 4857)
           call("c6", VILLAVICENCIO_ALBARES, [VILLAVICENCIO, ALBARES], "2026-01-06"),
           # "I spoke with Hugo de Zela by phone last week" (no day)
           call("c7", "B_E_villavicencio_de_zela_2026_01", [VILLAVICENCIO, DEZELA], None)],
    # "radio reports" names no outlet; The City Paper is the publisher.
    rb=self_rows("The City Paper Bogotá", "c1", "c2", "c3", "c4", "c5", "c6", "c7"))


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    meta = {r["file"]: r for r in csv.DictReader(open(ART / "metadata.csv", encoding="utf-8"))}
    files = {f.name[:4]: f.name for f in ART.glob("*.txt")}
    out = {"about": (
        "Blind test set for newskg (blind51, part B): 10 articles written for this set (not real published text), "
        "each about real heads of state or government and ministers, with real or plausible invented calls. "
        "Hand annotation in the format of seeds-gold.json. Calls are voice or video calls only (not "
        "in-person meetings, letters, cables or messages). 'required' items are stated plainly in the "
        "text and count for recall; required=false items are accepted but not demanded. 'event' ties "
        "mentions of the same real-world call across articles; a planned call and the call that later "
        "took place are different events (one status per event). Dates are resolved against the "
        "publication date, or the dateline where the text anchors to it (4852); where local dates differ across "
        "time zones, the UTC date of the call (Petro-Sánchez, 4857-4859). See README.md."),
        "articles": {}}
    for key in sorted(A):
        spec = A[key]
        fname = files[key]
        text = (ART / fname).read_text(encoding="utf-8")
        ents = []
        for name in spec["ents"]:
            typ, forms = REG[name]
            aliases = [f for f in forms if f != name and occurs(f, text)]
            ents.append({"name": name, "type": typ, "aliases": aliases})
        out["articles"][fname] = {
            "published": meta[fname]["published"],
            "entities": ents,
            "calls": spec["calls"],
            "reported_by": spec["rb"],
        }
    (ROOT / "gold.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", ROOT / "gold.json", len(out["articles"]), "articles")


if __name__ == "__main__":
    main()
