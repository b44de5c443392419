"""One type per canonical name over part A of blind67, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways across articles: Laurent Saint-Cyr (5160, 5162) / Laurent Saint Cyr (5161); Alix Didier
Fils-Aimé (5161) / Alix Didier Fils-Aime (5162); Nicos Anastasiades (5168) / Nikos Anastasiades (5164) / President
Anastasiades (5163); Samdech Techo Hun Sen (5166) / Samdech Hun Sen (5167); Abdel Fattah El Sisi (5165).

Typing (blindset judgement 2, "is or was"): Leaders are heads of state and government, including the coordinator of
Haiti's Transitional Presidential Council (Saint-Cyr) and his predecessor (Fritz Alphonse Jean), an emir (Sabah), a king
(Abdullah II), the Turkish Cypriot leaders (Akıncı, Tatar; as earlier sets typed Tatar), a UN secretary-general who was
prime minister of Portugal (Guterres), and people who later became heads of state or government: Nikos Christodoulides
(government spokesman in 2017, foreign minister in 2018, president from 2023) and Kyriakos Mitsotakis (opposition leader in
2017). Persons: ministers, spokespeople, a defeated candidate (Mavroyiannis), a deputy prime minister (Vu Duc Dam), traders
and invented bylines.
"""
L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"
REG = {
    # --- leaders
    "Luis Abinader": (L, ["President Luis Abinader", "Dominican President Luis Abinader", "Abinader", "President Abinader"]),
    "Laurent Saint-Cyr": (L, ["Laurent Saint Cyr", "Saint-Cyr"]),
    "Fritz Alphonse Jean": (L, []),
    "Andrew Holness": (L, []),
    "Alix Didier Fils-Aimé": (L, ["Alix Didier Fils-Aime", "Prime Minister Alix Didier Fils-Aimé"]),
    "Nicos Anastasiades": (L, ["Nikos Anastasiades", "President Anastasiades", "Anastasiades"]),
    "Alexis Tsipras": (L, ["Prime Minister Tsipras", "Greek Prime Minister Alexis Tsipras", "Tsipras"]),
    "António Guterres": (L, ["Antonio Guterres", "Mr Guterres"]),
    "Recep Tayyip Erdoğan": (L, ["President Erdogan", "Mr Erdogan"]),
    "Mustafa Akıncı": (L, ["Mr Akinci", "Akinci"]),
    "Theresa May": (L, ["Prime Minister May"]),
    "Nikos Christodoulides": (L, ["Christodoulides", "CHRISTODOULIDES"]),
    "Kyriakos Mitsotakis": (L, ["Greek Prime Minister Kyriakos Mitsotakis", "Mitsotakis"]),
    "Abdullah II": (L, ["King Abdullah"]),
    "Mahmoud Abbas": (L, ["Palestinian President Mahmoud Abbas"]),
    "Michel Aoun": (L, ["Lebanese President Michel Aoun"]),
    "Sabah Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Sabah Al Ahmad Al Jaber Al Sabah"]),
    "Abdel Fattah el-Sisi": (L, ["Abdel Fattah El Sisi", "Egyptian President Abdel Fattah El Sisi", "President Sisi"]),
    "Omar Razzaz": (L, ["Prime Minister Omar Razzaz"]),
    "Adil Abdul-Mahdi": (L, ["Adil Abdul Mahdi", "Iraqi Prime Minister Adil Abdul Mahdi", "Abdul Mahdi"]),
    "Pham Minh Chinh": (L, ["Prime Minister Pham Minh Chinh", "PM Chinh", "Chinh"]),
    "Phankham Viphavanh": (L, ["PM Phankham Viphavanh"]),
    "Hun Sen": (L, ["Samdech Techo Hun Sen", "Samdech Hun Sen", "PM Hun Sen", "Prime Minister Hun Sen"]),
    "Prayut Chan-o-cha": (L, ["Thai Prime Minister Prayut Chan-o-cha"]),
    "Katerina Sakellaropoulou": (L, ["Greek President Katerina Sakellaropoulou"]),
    "Ersin Tatar": (L, []),
    "Miguel Díaz-Canel": (L, ["Miguel Díaz-Canel Bermúdez", "Díaz-Canel"]),
    "Nguyen Xuan Phuc": (L, ["Phuc"]),
    "Thongloun Sisoulith": (L, ["President of Laos Thongloun Sisoulith"]),
    # --- persons
    "Roberto Álvarez": (P, ["Foreign Minister Roberto Álvarez"]),
    "Jean-Victor Harvel Jean-Baptiste": (P, []),
    "Marco Rubio": (P, ["Rubio"]),
    "Ioannis Kasoulides": (P, ["Mr Kasoulides", "Kasoulides"]),
    "Nikos Kotzias": (P, ["Foreign Minister Nikos Kotzias", "Kotzias"]),
    "Mevlüt Çavuşoğlu": (P, ["Mevlut Cavusoglu"]),
    "Dimitris Tzanakopoulos": (P, []),
    "Panos Kammenos": (P, ["Kammenos"]),
    "Ayman Safadi": (P, ["Foreign Minister Ayman Safadi"]),
    "Azmi Mahafzah": (P, []),
    "Lina Annab": (P, []),
    "Vu Duc Dam": (P, ["Deputy Prime Minister Vu Duc Dam"]),
    "Prak Sokhonn": (P, []),
    "Bui Thanh Son": (P, []),
    "Phay Siphan": (P, []),
    "Andreas Mavroyiannis": (P, ["Mavroyiannis"]),
    "Bruno Rodríguez Parrilla": (P, ["Foreign Minister Bruno Rodríguez Parrilla", "Rodríguez Parrilla"]),
    "Antony Blinken": (P, []),
    # bylines and people in features
    "Rosalba Mejía Peguero": (P, []),
    "Wesline Dorvilien-Mathurin": (P, []),
    "Marie-Ange Pierre-Louis": (P, []),
    "Jean-Robert Édouard": (P, []),
    # --- outlets
    "Dominican Today": (O, []),
    "X": (O, []),
    "HaitiLibre": (O, []),
    "Listín Diario": (O, []),
    "The Haitian Times": (O, []),
    "Radio Télévision Caraïbes": (O, []),
    "Cyprus Mail": (O, ["the Cyprus Mail"]),
    "Phileleftheros": (O, []),
    "Facebook": (O, []),
    "Twitter": (O, []),
    "Kathimerini": (O, ["Kathimerini Publishing S.A."]),
    "Athens-Macedonian News Agency": (O, ["ANA-MPA"]),
    "Petra": (O, []),
    "Al Mamlaka": (O, ["Al Mamlaka TV"]),
    "Vietnam News Agency": (O, ["VNA"]),
    "Vietnam Television": (O, ["VTV"]),
    "Khmer Times": (O, []),
    "Fresh News": (O, []),
    "Agence Kampuchea Presse": (O, ["AKP"]),
    "Telegram": (O, []),
    "CyBC": (O, []),
    "Prensa Latina": (O, []),
    "Cubaminrex": (O, []),
    # --- countries
    **{c: (C, []) for c in ["Dominican Republic", "Haiti", "Kenya", "Jamaica", "United States", "Cyprus", "Greece",
                             "Turkey", "Switzerland", "Jordan", "Kuwait", "Egypt", "Iraq", "Bahrain", "Lebanon",
                             "Vietnam", "Laos", "Cambodia", "Thailand", "Cuba"]},
    # --- organizations
    "Transitional Presidential Council": (G, ["CPT"]),
    "Directorate of Communications (Dominican Presidency)": (G, ["Directorate of Communications"]),
    "CARICOM": (G, []),
    "Multinational Security Support Mission": (G, ["MSS"]),
    "State Department": (G, []),
    "United Nations": (G, []),
    "European Union": (G, []),
    "National Council (Cyprus)": (G, ["National Council"]),
    "New Democracy": (G, []),
    "Royal Hashemite Court": (G, []),
    "Jordan Armed Forces-Arab Army": (G, []),
    "Civil Defence Directorate": (G, []),
    "ASEAN": (G, []),
    "Akel": (G, []),
    "Disy": (G, []),
    "Ministry of Foreign Affairs (Cuba)": (G, ["Ministry of Foreign Affairs"]),
}
