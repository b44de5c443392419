"""One type per canonical name over part A of blind40, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two or more articles are forms of one canonical name:
- Mohamed Abdullahi Farmaajo (canonical; 3902, Garowe Online's spelling) / Mohamed Abdullahi Farmajo (3900, the
  Kenyan spelling); both use the nickname in place of the surname Mohamed;
- Jüri Ratas (3909) / Juri Ratas (3908, without the umlaut);
- Ingrida Šimonytė (canonical) / Ingrida Simonyte (3908, without diacritics);
- Uhuru Kenyatta / "Uhuru" (3900's headlines) / "Kenyatta";
- Harald V (canonical) / King Harald (3908).

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents, prime ministers, the two kings, the Somali prime minister (Khaire), the president-elect of Chile
(Boric) and Brazil's acting president Hamilton Mourão (vice-president exercising the presidency while Bolsonaro was
abroad; typed like the acting heads of state of earlier sets; see README "Doubtful").
Persons: ministers (Juma, Hunt, Matiang'i, Maas, Santos Silva, Marinho, França, Cafiero, Reinsalu, Søreide), the
German government spokesman (Seibert), the South African presidential spokesperson (Diko), the governor of Rio de Janeiro
(Castro), the mayor of Petrópolis (Bomtempo), the president of Madeira's regional government (Albuquerque), a
resident quoted by AP and the bylines, editors and contributors (all invented).
Bare titles ("the President", "the chancellor", "the governor", "the King") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: East Africa (the DusitD2 attack, January 2019)
    "Uhuru Kenyatta": (L, ["President Uhuru Kenyatta", "Kenyan President Uhuru Kenyatta", "H.E. Uhuru Kenyatta",
                           "President Kenyatta", "Kenyatta", "Uhuru"]),
    "Cyril Ramaphosa": (L, ["South African President Cyril Ramaphosa", "President Cyril Ramaphosa", "President Ramaphosa",
                            "Mr Ramaphosa", "Ramaphosa"]),
    "Abiy Ahmed": (L, ["Ethiopian Prime Minister Abiy Ahmed", "Prime Minister Abiy Ahmed", "Abiy"]),
    "Hage Geingob": (L, ["President Hage Geingob"]),
    "Mohamed Abdullahi Farmaajo": (L, ["President Mohamed Abdullahi Farmaajo", "Mohamed Abdullahi Farmajo",
                                       "President Mohamed Abdullahi Farmajo", "Farmaajo", "Farmajo",
                                       "Mohamed Abdullahi Mohamed"]),
    "Hassan Ali Khaire": (L, ["Prime Minister Hassan Ali Khaire", "Khaire"]),
    # ---------------- Leaders: Portugal and Germany (the Madeira bus crash, April 2019)
    "Angela Merkel": (L, ["Chancellor Angela Merkel", "Merkel"]),
    "António Costa": (L, ["Portuguese Prime Minister António Costa", "Prime Minister António Costa",
                          "Prime Minister Costa", "Costa"]),
    "Marcelo Rebelo de Sousa": (L, ["Portuguese President Marcelo Rebelo de Sousa",
                                    "President Marcelo Rebelo de Sousa"]),
    "Frank-Walter Steinmeier": (L, ["German President Frank-Walter Steinmeier", "Steinmeier"]),
    # ---------------- Leaders: South America (the Petrópolis floods, February 2022)
    "Jair Bolsonaro": (L, ["President Jair Bolsonaro", "President Bolsonaro", "Bolsonaro"]),
    "Hamilton Mourão": (L, ["Acting President Hamilton Mourão", "Mourão"]),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin", "President Putin", "Putin"]),
    "Mario Abdo Benítez": (L, ["Paraguayan President Mario Abdo Benítez"]),
    "Alberto Fernández": (L, ["President Alberto Fernández", "President Fernández"]),
    "Gabriel Boric": (L, ["President-elect Gabriel Boric", "Boric"]),
    # ---------------- Leaders: Nordic and Baltic states (the Gjerdrum landslide, December 2020)
    "Erna Solberg": (L, ["Prime Minister Erna Solberg", "Solberg"]),
    "Stefan Löfven": (L, ["Swedish Prime Minister Stefan Löfven", "Löfven"]),
    "Mette Frederiksen": (L, ["Prime Minister Mette Frederiksen", "Frederiksen"]),
    "Sanna Marin": (L, ["Marin"]),
    "Katrín Jakobsdóttir": (L, ["Jakobsdóttir"]),
    "Jüri Ratas": (L, ["Prime Minister Jüri Ratas", "Prime Minister Juri Ratas", "Juri Ratas", "Ratas"]),
    "Ingrida Šimonytė": (L, ["Ingrida Simonyte"]),
    "Harald V": (L, ["King Harald"]),
    "Carl XVI Gustaf": (L, ["King Carl XVI Gustaf"]),
    # ---------------- Persons
    "Monica Juma": (P, ["Foreign Affairs Cabinet Secretary Monica Juma", "CS Juma", "Ms Juma", "Juma"]),
    "Jeremy Hunt": (P, ["British Foreign Secretary Jeremy Hunt", "Hunt"]),
    "Fred Matiang'i": (P, ["Interior CS Fred Matiang'i"]),
    "Khusela Diko": (P, []),
    "Heiko Maas": (P, ["German Foreign Minister Heiko Maas", "Maas"]),
    "Augusto Santos Silva": (P, ["Santos Silva"]),
    "Steffen Seibert": (P, ["Government spokesman Steffen Seibert", "Seibert"]),
    "Miguel Albuquerque": (P, ["Albuquerque"]),
    "Cláudio Castro": (P, ["Gov. Cláudio Castro", "Governor Castro", "Castro"]),
    "Rubens Bomtempo": (P, []),
    "Rogério Marinho": (P, ["Minister Marinho", "Marinho"]),
    "Carlos França": (P, ["Foreign Minister Carlos França"]),
    "Santiago Cafiero": (P, []),
    "Urmas Reinsalu": (P, ["Foreign Minister Urmas Reinsalu", "Reinsalu"]),
    "Ine Eriksen Søreide": (P, ["Norwegian Foreign Minister Ine Eriksen Søreide", "Søreide"]),
    "Célia Nogueira da Silva": (P, []),
    # bylines, editors, contributors (invented)
    "Sofia Brandão Leal": (P, []),
    "Jonas Wettstein": (P, []),
    "Graham Pellow": (P, []),
    "Catarina Vilaverde-Hoss": (P, []),
    "Lucas Moraes Teixeira": (P, []),
    "Renata Lins Barreto": (P, []),
    "Dmitri Halvorsen": (P, []),
    "Sigrid Aasen Moe": (P, []),
    "Marten Kalju-Aas": (P, []),
    # ---------------- Outlets and platforms
    "The Standard": (O, ["Standard Digital"]),
    "News24": (O, ["News24 Wire"]),
    "Somali National News Agency": (O, ["SONNA"]),
    "Twitter": (O, []),
    "Facebook": (O, []),
    "Garowe Online": (O, ["GAROWE ONLINE"]),
    "Radio Andalus": (O, ["Andalus radio"]),
    "Reuters": (O, []),
    "dpa": (O, []),
    "RTP Madeira": (O, []),
    "Diário de Notícias da Madeira": (O, []),
    "Lusa": (O, []),
    "The Portugal News": (O, []),
    "Agência Brasil": (O, []),
    "ABC Color": (O, []),
    "GloboNews": (O, []),
    "The Associated Press": (O, ["Associated Press", "AP"]),
    "Jovem Pan": (O, []),
    "El Mercurio": (O, []),
    "Dagbladet": (O, []),
    "newsinenglish.no": (O, []),
    "Baltic News Service": (O, ["BNS"]),
    "ERR News": (O, []),
    # ---------------- Countries
    "Kenya": (C, ["Kenyan", "Kenyans"]),
    "Somalia": (C, ["Somali", "Federal Republic of Somalia"]),
    "South Africa": (C, ["South African", "South Africans"]),
    "Namibia": (C, ["Republic of Namibia"]),
    "Democratic Republic of Congo": (C, []),
    "Ethiopia": (C, ["Ethiopian", "Federal Democratic Republic of Ethiopia"]),
    "United Kingdom": (C, ["British", "Britain"]),
    "United States": (C, ["US"]),
    "Israel": (C, []),
    "Germany": (C, ["German", "Germans"]),
    "Portugal": (C, ["Portuguese"]),
    "Brazil": (C, ["Brazilian"]),
    "Russia": (C, ["Russian"]),
    "Paraguay": (C, ["Paraguayan"]),
    "Argentina": (C, ["Argentine"]),
    "Chile": (C, []),
    "Hungary": (C, []),
    "Ukraine": (C, []),
    "Norway": (C, ["Norwegian"]),
    "Sweden": (C, ["Swedish"]),
    "Denmark": (C, []),
    "Finland": (C, []),
    "Iceland": (C, ["Icelandic"]),
    "Estonia": (C, []),
    "Lithuania": (C, []),
    # ---------------- Organizations
    "State House": (G, []),
    "Al-Shabaab": (G, ["al-Shabaab"]),
    "Kenya Red Cross": (G, []),
    "European Union": (G, []),
    "African Union Mission in Somalia": (G, ["AMISOM"]),
    "The Presidency": (G, []),
    "Department of International Relations and Cooperation": (G, []),
    "Southern African Development Community": (G, ["SADC"]),
    "African Union": (G, []),
    "al-Qaeda": (G, []),
    "South African High Commission": (G, []),
    "International Court of Justice": (G, []),
    "Villa Somalia": (G, []),
    "Federal Foreign Office": (G, []),
    "Public Prosecutor's Office": (G, []),
    "Vice-Presidency": (G, []),
    "Kremlin": (G, []),
    "Ministry of Foreign Affairs": (G, []),
    "National Institute of Meteorology": (G, ["Inmet"]),
    "Ministry of Regional Development": (G, []),
    "Office of the Prime Minister": (G, []),
    "Royal Palace": (G, []),
    "Norwegian Water Resources and Energy Directorate": (G, ["NVE"]),
    "Government Office": (G, []),
    "UN Security Council": (G, []),
    "NATO": (G, []),
}
