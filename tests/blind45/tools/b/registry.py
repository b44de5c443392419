"""One type per canonical name over part B of blind45, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Canonical names follow the blindset's registry where it has the person or outlet (Emmanuel Macron, Narendra Modi,
Vladimir Putin, Recep Tayyip Erdoğan, Cyril Ramaphosa, Andrés Manuel López Obrador, Ursula von der Leyen, Anadolu
Agency, Twitter, Facebook).

Names written two or more ways across the articles are forms of one canonical name:
- Gitanas Nausėda / "Gitanas Nauseda", "Nauseda" (4410, LETA copy without diacritics) / "Nausėda" (4411, 4412);
- Raimonds Vējonis / "Raimonds Vejonis", "Vejonis" (4410) / "Vējonis" (4411, 4412);
- Krišjānis Kariņš / "Krisjanis Karins" (4410);
- Luis Abinader / "Luis Rodolfo Abinader Corona" (4413, the communiqué) / "Luis Abinader" (4414);
- Andrés Manuel López Obrador / "López Obrador", "AMLO" (4414);
- Miguel Díaz-Canel / "Miguel Díaz-Canel Bermúdez" (4413); Iván Duque / "Iván Duque Márquez" (4413);
- Recep Tayyip Erdoğan / "Recep Tayyip Erdogan", "Erdogan" (4415, ANSA copy without the breve) / "Erdoğan" (4417);
- Pravind Jugnauth (4418) / "Pravind Kumar Jugnauth", "Mr Jugnauth" (4419);
- Sébastien Lecornu / "Sebastien Lecornu" (4418, AFP copy without the accent);
- John Magufuli / "Dr John Pombe Magufuli", "Dr Magufuli" (4419); Stergomena Lawrence Tax / "Dr Stergomena Lawrence Tax".

Typing (the blindset's judgement 2: people who are or were heads of state or government are Leaders):
Leaders: presidents, prime ministers and a king in office; the presidents-elect Egils Levits and Gitanas Nausėda;
Albin Kurti (Kosovo's prime minister-in-waiting in 2019, prime minister from February 2020); Claude Joseph (foreign
minister in August 2021, but interim prime minister of Haiti in July 2021); Sébastien Lecornu (overseas minister in
2020, prime minister of France from September 2025); Charles Michel (a former prime minister of Belgium, European Council
president); Pope Francis (head of the Vatican City State; named, no call); Joe Biden, Volodymyr Zelensky, Jüri Ratas
and Krišjānis Kariņš (named, no call).
Persons: ministers (Gent Cakaj, acting foreign minister of Albania; Luigi Di Maio; Nikos Dendias; Roberto Álvarez;
Kavy Ramano), US officials (Mike Pompeo, Samantha Power), Ursula von der Leyen, the SADC Executive Secretary
(Stergomena Lawrence Tax), a spokesman (Stelios Petsas) and the invented bylines (Mari Tammsaar-Lee, Nadège
Laurore-Saintil, Erjona Dervishi-Kola).
Bare titles ("the Prime Minister", "the Head of Government", "the premier") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Latvia's presidential election, May 2019 (4410-4412)
    "Egils Levits": (L, ["Levits"]),
    "Kersti Kaljulaid": (L, ["Estonian President Kersti Kaljulaid", "President Kersti Kaljulaid", "Kaljulaid"]),
    "Raimonds Vējonis": (L, ["President Raimonds Vejonis", "Raimonds Vejonis", "Vejonis", "Vējonis"]),
    "Gitanas Nausėda": (L, ["Gitanas Nauseda", "Nauseda", "Nausėda"]),
    "Andrzej Duda": (L, ["Polish President Andrzej Duda", "President Duda", "Duda"]),
    "Volodymyr Zelensky": (L, ["Zelensky"]),
    "Krišjānis Kariņš": (L, ["Prime Minister Krisjanis Karins", "Krisjanis Karins", "Karins", "Kariņš"]),
    "Vladimir Putin": (L, ["President Putin", "Putin"]),
    "Jüri Ratas": (L, ["Prime Minister Jüri Ratas", "Ratas"]),
    # ---------------- Leaders: the Haiti earthquake, August 2021 (4413-4414)
    "Ariel Henry": (L, ["Prime Minister Ariel Henry", "Dr. Ariel Henry", "Dr. Henry", "Henry"]),
    "Luis Abinader": (L, ["Luis Rodolfo Abinader Corona", "Dominican President Luis Abinader", "President Abinader",
                          "Abinader"]),
    "Iván Duque": (L, ["Iván Duque Márquez", "Duque"]),
    "Andrés Manuel López Obrador": (L, ["Mexican President Andrés Manuel López Obrador", "López Obrador", "AMLO"]),
    "Miguel Díaz-Canel": (L, ["Miguel Díaz-Canel Bermúdez", "Díaz-Canel"]),
    "Felipe VI": (L, ["His Majesty King Felipe VI of Spain", "King Felipe VI"]),
    "Claude Joseph": (L, ["Mr. Claude Joseph"]),
    "Sebastián Piñera": (L, ["Chilean President Sebastián Piñera", "Piñera"]),
    "Joe Biden": (L, ["President Joe Biden", "President Biden", "Biden"]),
    "Pope Francis": (L, []),
    # ---------------- Leaders: the Albania earthquake, November 2019 (4415-4417)
    "Edi Rama": (L, ["Albanian Prime Minister Edi Rama", "Rama"]),
    "Ilir Meta": (L, ["Albanian President Ilir Meta", "President Ilir Meta", "Meta"]),
    "Giuseppe Conte": (L, ["Premier Giuseppe Conte", "Conte"]),
    "Sergio Mattarella": (L, ["President Sergio Mattarella", "Mattarella"]),
    "Recep Tayyip Erdoğan": (L, ["Turkish President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdogan",
                                 "Erdoğan"]),
    "Kyriakos Mitsotakis": (L, ["Prime Minister Kyriakos Mitsotakis", "Greek Premier Kyriakos Mitsotakis",
                                "Mitsotakis"]),
    "Albin Kurti": (L, ["Kurti"]),
    "Emmanuel Macron": (L, ["French President Emmanuel Macron", "President Emmanuel Macron", "President Macron",
                            "Macron"]),
    "Charles Michel": (L, []),
    # ---------------- Leaders: the Wakashio spill and the SADC summit, August 2020 (4418-4419)
    "Pravind Jugnauth": (L, ["Prime Minister Pravind Jugnauth", "Pravind Kumar Jugnauth", "Mr Jugnauth", "Jugnauth"]),
    "Narendra Modi": (L, ["Indian Prime Minister Narendra Modi", "Modi"]),
    "Shinzo Abe": (L, ["Japanese Prime Minister Shinzo Abe", "Abe"]),
    "Sébastien Lecornu": (L, ["French Overseas Minister Sebastien Lecornu", "Sebastien Lecornu", "Lecornu"]),
    "Emmerson Mnangagwa": (L, ["President Mnangagwa", "Mnangagwa"]),
    "Filipe Nyusi": (L, ["Mozambican President Filipe Nyusi", "President Nyusi", "Nyusi"]),
    "John Magufuli": (L, ["Dr John Pombe Magufuli", "John Pombe Magufuli", "Dr Magufuli", "Magufuli"]),
    "Cyril Ramaphosa": (L, ["South African President Cyril Ramaphosa", "Ramaphosa"]),
    "Mokgweetsi Masisi": (L, ["Dr Mokgweetsi Masisi", "Masisi"]),
    # ---------------- Persons
    "Mari Tammsaar-Lee": (P, []),
    "Samantha Power": (P, ["USAID Administrator Samantha Power"]),
    "Roberto Álvarez": (P, ["Mr. Roberto Álvarez"]),
    "Nadège Laurore-Saintil": (P, []),
    "Luigi Di Maio": (P, ["Foreign Minister Luigi Di Maio", "Di Maio"]),
    "Gent Cakaj": (P, ["Cakaj"]),
    "Nikos Dendias": (P, ["Foreign Minister Nikos Dendias", "Dendias"]),
    "Stelios Petsas": (P, []),
    "Mike Pompeo": (P, ["Pompeo"]),
    "Ursula von der Leyen": (P, []),
    "Erjona Dervishi-Kola": (P, []),
    "Kavy Ramano": (P, []),
    "Stergomena Lawrence Tax": (P, ["Dr Stergomena Lawrence Tax"]),
    # ---------------- Outlets
    "LETA": (O, []),
    "Facebook": (O, []),
    "Twitter": (O, []),
    "ERR News": (O, []),
    "Postimees": (O, []),
    "Baltic News Service": (O, ["BNS"]),
    "Latvian Radio": (O, []),
    "LSM": (O, ["LSM English"]),
    "HaitiLibre": (O, []),
    "The Haitian Times": (O, ["Haitian Times"]),
    "La Tercera": (O, []),
    "Radio Télé Métropole": (O, []),
    "Listín Diario": (O, []),
    "CERTV": (O, []),
    "ANSA": (O, []),
    "Top Channel": (O, []),
    "Anadolu Agency": (O, ["Anadolu"]),
    "Athens-Macedonian News Agency": (O, ["AMNA"]),
    "Tirana Times": (O, []),
    "Africanews": (O, ["africanews"]),
    "Agence France-Presse": (O, ["AFP"]),
    "L'Express": (O, []),
    "ZBC News": (O, []),
    "The Herald": (O, []),
    # ---------------- Countries
    "Latvia": (C, ["Latvian", "Riga"]),
    "Estonia": (C, ["Estonian", "Tallinn"]),
    "Lithuania": (C, ["Lithuanian", "Vilnius"]),
    "Poland": (C, ["Polish", "Warsaw"]),
    "Ukraine": (C, []),
    "Russia": (C, ["Russian", "Moscow"]),
    "Luxembourg": (C, []),
    "Haiti": (C, ["Haitian", "Haitians"]),
    "Dominican Republic": (C, ["Dominican"]),
    "Colombia": (C, ["Republic of Colombia"]),
    "Mexico": (C, ["United Mexican States", "Mexican"]),
    "Cuba": (C, ["Cuban", "Republic of Cuba"]),
    "Spain": (C, ["Spanish"]),
    "Chile": (C, ["Chilean"]),
    "United States": (C, ["U.S.", "US", "Washington"]),
    "Albania": (C, ["Albanian", "Tirana"]),
    "Italy": (C, ["Italian"]),
    "Greece": (C, ["Greek", "Athens"]),
    "Turkey": (C, ["Turkish"]),
    "Kosovo": (C, []),
    "France": (C, ["French", "Paris"]),
    "Mauritius": (C, ["Mauritian"]),
    "Japan": (C, ["Japanese"]),
    "India": (C, ["Indian"]),
    "Panama": (C, []),
    "Zimbabwe": (C, []),
    "Mozambique": (C, ["Mozambican"]),
    "Tanzania": (C, []),
    "South Africa": (C, ["South African"]),
    "Botswana": (C, []),
    # ---------------- Organizations
    "Saeima": (G, []),
    "European Court of Justice": (G, []),
    "Office of the Prime Minister (Haiti)": (G, ["Office of the Prime Minister"]),
    "Ministry of Foreign Affairs (Dominican Republic)": (G, ["Dominican Ministry of Foreign Affairs"]),
    "USAID": (G, []),
    "U.S. Geological Survey": (G, []),
    "Palazzo Chigi": (G, []),
    "Quirinale": (G, []),
    "European Union": (G, ["EU"]),
    "Greek Orthodox Church": (G, []),
    "SADC": (G, []),
    "African Union": (G, []),
    "Greenpeace Africa": (G, []),
    "Nagashiki Shipping": (G, []),
}
