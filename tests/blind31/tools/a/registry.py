"""One type per canonical name over part A of blind31, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Canonical names follow the blindset and the priors where a person recurs there (Joe Biden, Justin
Trudeau, Andrés Manuel López Obrador, Claudia Sheinbaum, Anthony Albanese, Scott Morrison, Jacinda
Ardern, Frank Bainimarama, Penny Wong, Nanaia Mahuta, David Hurley, Anwar Ibrahim, Kassym-Jomart Tokayev,
Shavkat Mirziyoyev, Serdar Berdimuhamedov, Mohammed VI, Tamim bin Hamad Al Thani, Mohammed bin
Abdulrahman Al Thani, Facebook, Twitter, X, Telegram).

Names written two ways in two articles are forms of one canonical name:
- Kassym-Jomart Tokaev (3006, the Turkmen state agency's spelling) / Tokayev (3007);
- Serdar Berdimuhamedov (3006) / Berdymukhamedov (3007);
- Shavkat Mirziyoev (3006; the canonical spelling Mirziyoyev does not occur in this part);
- Alicia Bárcena (3002) / Alicia Barcena (3003);
- Sheikh Tamim bin Hamad Al-Thani (3009) / Sheikh Tamim bin Hamad (3008);
- Romain Saiss (3008, without the diaeresis) under the canonical Romain Saïss.

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: the presidents-elect Claudia Sheinbaum, Tharman Shanmugaratnam and Serdar Berdimuhamedov;
Anthony Albanese (prime minister-elect, then prime minister, in 3000); the former president Donald Trump
(2024) and the outgoing president Gurbanguly Berdimuhamedov; Christopher Luxon (opposition leader in May
2022, prime minister from November 2023); Mohammed bin Abdulrahman Al Thani (deputy prime minister and
foreign minister in December 2022, prime minister from March 2023, typed Leader in the priors); Aziz
Akhannouch (Head of Government); Sheikh Khalid bin Khalifa bin Abdulaziz Al Thani (Qatar's prime minister);
the Sultan of Brunei, the King of Morocco and the Emir of Qatar; Halimah Yacob.
Persons: the Governor-General David Hurley (a governor-general is not the head of state); ministers (Wong,
Marles, Chalmers, Gallagher, Mahuta, Blinken, Bárcena, Joly, Zambry, Balakrishnan, Meredov, Tileuberdi,
Bourita, Wang Yi); Pierre Poilievre (opposition leader, never prime minister); the press secretaries and
spokespeople (Karine Jean-Pierre, John Kirby, Berik Uali, Fahmi Fadzil); the coach and captain (Regragui,
Saïss); the defeated candidates (Ng Kok Song, Tan Kin Lian); the academics, bylines and the editors of the
American Presidency Project.
Bare titles ("the prime minister", "the President", "the King", "the Amir", "the Sultan") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Oceania
    "Anthony Albanese": (L, ["Mr Albanese", "Albanese"]),
    "Scott Morrison": (L, ["Mr Morrison", "Morrison"]),
    "Jacinda Ardern": (L, ["New Zealand Prime Minister Jacinda Ardern", "Prime Minister Jacinda Ardern", "Ardern"]),
    "Frank Bainimarama": (L, ["Fijian Prime Minister Frank Bainimarama", "Mr Bainimarama", "Bainimarama"]),
    "Christopher Luxon": (L, ["National Party leader Christopher Luxon", "Luxon"]),
    # ---------------- Leaders: North America and elsewhere
    "Justin Trudeau": (L, ["Canada's Prime Minister Justin Trudeau", "Prime Minister Justin Trudeau",
                           "Prime Minister Trudeau", "@JustinTrudeau", "Trudeau"]),
    "Joe Biden": (L, ["US President Joe Biden", "U.S. President Joe Biden", "Joseph R. Biden"]),
    "Claudia Sheinbaum": (L, ["President-elect Sheinbaum", "Sheinbaum"]),
    "Andrés Manuel López Obrador": (L, ["President Andrés Manuel López Obrador", "President López Obrador",
                                        "López Obrador"]),
    "Donald Trump": (L, ["former U.S. president Donald Trump", "Trump"]),
    "Volodymyr Zelenskyy": (L, ["President Zelenskyy", "Zelenskyy"]),
    "Fumio Kishida": (L, []),
    "Narendra Modi": (L, []),
    "Emmanuel Macron": (L, ["President Emmanuel Macron", "Macron"]),
    # ---------------- Leaders: Southeast Asia
    "Tharman Shanmugaratnam": (L, ["President-elect Tharman Shanmugaratnam", "Mr Tharman", "Tharman"]),
    "Anwar Ibrahim": (L, ["Malaysian Prime Minister Anwar Ibrahim", "Prime Minister Datuk Seri Anwar Ibrahim",
                          "Anwar"]),
    "Hassanal Bolkiah": (L, ["Sultan Hassanal Bolkiah"]),
    "Ferdinand Marcos Jr": (L, ["Philippine President Ferdinand Marcos Jr"]),
    "Joko Widodo": (L, ["Indonesian President Joko Widodo", "Mr Joko"]),
    "Lee Hsien Loong": (L, ["Prime Minister Lee Hsien Loong", "Singapore Prime Minister Lee Hsien Loong"]),
    "Halimah Yacob": (L, ["Madam Halimah Yacob"]),
    # ---------------- Leaders: Central and South Asia, Iran
    "Serdar Berdimuhamedov": (L, ["President-elect of Turkmenistan Serdar Berdimuhamedov",
                                  "Serdar Berdymukhamedov", "Berdymukhamedov"]),
    "Gurbanguly Berdimuhamedov": (L, ["President Gurbanguly Berdimuhamedov"]),
    "Kassym-Jomart Tokayev": (L, ["President of the Republic of Kazakhstan Kassym-Jomart Tokaev",
                                  "Kassym-Jomart Tokaev", "Kazakh President Kassym-Jomart Tokayev", "Tokayev",
                                  "Tokaev"]),
    "Shavkat Mirziyoyev": (L, ["President of the Republic of Uzbekistan Shavkat Mirziyoev", "Shavkat Mirziyoev",
                               "Mirziyoev"]),
    "Imran Khan": (L, []),
    "Ebrahim Raisi": (L, ["Seyyed Ebrahim Raisi"]),
    # ---------------- Leaders: Middle East and North Africa
    "Mohammed VI": (L, ["King Mohammed VI"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al-Thani", "Tamim bin Hamad Al-Thani",
                                     "Sheikh Tamim bin Hamad", "Tamim bin Hamad"]),
    "Mohammed bin Abdulrahman Al Thani": (L, ["Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani",
                                              "Mohammed bin Abdulrahman bin Jassim Al-Thani"]),
    "Aziz Akhannouch": (L, ["Head of Government Aziz Akhannouch", "Akhannouch"]),
    "Khalid bin Khalifa bin Abdulaziz Al Thani": (L, ["Sheikh Khalid bin Khalifa bin Abdulaziz Al Thani"]),
    # ---------------- Persons
    "Hannah Kerslake": (P, []),
    "Penny Wong": (P, ["Foreign Minister Penny Wong", "Senator Wong", "Wong"]),
    "Nanaia Mahuta": (P, ["New Zealand Foreign Minister Nanaia Mahuta", "Foreign Minister Nanaia Mahuta", "Mahuta"]),
    "David Hurley": (P, ["Governor-General David Hurley", "General Hurley"]),
    "Richard Marles": (P, []),
    "Jim Chalmers": (P, []),
    "Katy Gallagher": (P, []),
    "Tamsin Hale": (P, []),
    "Wang Yi": (P, ["China's Foreign Minister Wang Yi"]),
    "Aroha Pene": (P, ["Dr Aroha Pene"]),
    "Karine Jean-Pierre": (P, ["Press Secretary Karine Jean-Pierre", "JEAN-PIERRE"]),
    "John Kirby": (P, ["National Security Communications Advisor John Kirby", "KIRBY"]),
    "Antony Blinken": (P, ["Secretary Blinken"]),
    "Alicia Bárcena": (P, ["Foreign Secretary Bárcena", "Alicia Barcena", "Bárcena"]),
    "Gerhard Peters": (P, []),
    "John T. Woolley": (P, []),
    "Mélanie Joly": (P, ["Foreign Affairs Minister Mélanie Joly"]),
    "Pierre Poilievre": (P, ["Conservative Leader Pierre Poilievre"]),
    "Lim Wei Xiang": (P, []),
    "Grace Ong Mei Lin": (P, ["Associate Professor Grace Ong Mei Lin"]),
    "Zambry Abd Kadir": (P, ["Foreign Minister Datuk Seri Dr Zambry Abd Kadir", "Dr Zambry Abd Kadir"]),
    "Vivian Balakrishnan": (P, ["Dr Vivian Balakrishnan"]),
    "Ng Kok Song": (P, []),
    "Tan Kin Lian": (P, []),
    "Fahmi Fadzil": (P, ["Fahmi"]),
    "Rashid Meredov": (P, []),
    "Mukhtar Tileuberdi": (P, []),
    "Berik Uali": (P, []),
    "Walid Regragui": (P, ["head coach Walid Regragui", "Regragui"]),
    "Romain Saïss": (P, ["captain Romain Saiss", "Romain Saiss"]),
    "Yasmine Benkirane": (P, []),
    "Nasser Bourita": (P, []),
    # ---------------- Outlets
    "ABC News": (O, []),
    "Sky News": (O, []),
    "Twitter": (O, []),
    "Stuff": (O, []),
    "RNZ": (O, ["RNZ News", "Radio New Zealand"]),
    "X": (O, []),
    "The American Presidency Project": (O, []),
    "The Canadian Press": (O, []),
    "Reforma": (O, []),
    "The Straits Times": (O, ["ST"]),
    "Bernama": (O, ["BERNAMA"]),
    "Facebook": (O, []),
    "Antara": (O, []),
    "The Jakarta Post": (O, []),
    "State News Agency of Turkmenistan": (O, ["TDH"]),
    "Altyn Asyr": (O, []),
    "Turkmen Portal": (O, []),
    "Kazinform": (O, ["KAZINFORM"]),
    "Telegram": (O, []),
    "2M": (O, []),
    "Qatar News Agency": (O, ["QNA"]),
    "Le Desk": (O, []),
    "Agence France-Presse": (O, ["AFP"]),
    # ---------------- Countries
    "Australia": (C, ["Australian"]),
    "Japan": (C, []),
    "India": (C, []),
    "Fiji": (C, ["Fijian"]),
    "Canada": (C, []),
    "New Zealand": (C, []),
    "China": (C, []),
    "United States": (C, ["U.S.", "US"]),
    "Mexico": (C, ["Mexican"]),
    "France": (C, []),
    "Ukraine": (C, []),
    "Singapore": (C, []),
    "Malaysia": (C, ["Malaysian"]),
    "Brunei": (C, []),
    "Philippines": (C, ["Philippine"]),
    "Indonesia": (C, ["Indonesian"]),
    "Turkmenistan": (C, ["Turkmen"]),
    "Kazakhstan": (C, ["Kazakh"]),
    "Uzbekistan": (C, ["Uzbek"]),
    "Pakistan": (C, []),
    "Iran": (C, []),
    "Afghanistan": (C, []),
    "Morocco": (C, ["Moroccan"]),
    "Qatar": (C, []),
    "Portugal": (C, []),
    # ---------------- Organizations
    "Government House": (G, []),
    "Royal Australian Air Force": (G, ["RAAF"]),
    "Quad": (G, []),
    "Pacific Islands Forum": (G, []),
    "G7": (G, []),
    "Labor": (G, []),
    "National Party": (G, []),
    "Victoria University of Wellington": (G, []),
    "White House": (G, []),
    "State Department": (G, []),
    "Morena": (G, []),
    "Elections Department": (G, []),
    "ASEAN": (G, ["Asean"]),
    "Monetary Authority of Singapore": (G, []),
    "National University of Singapore": (G, []),
    "Istana": (G, []),
    "Wisma Putra": (G, []),
    "Akorda": (G, []),
    "Central Election Commission": (G, []),
    "Elysee": (G, []),
    "FIFA": (G, []),
}
