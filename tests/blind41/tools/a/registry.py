"""One type per canonical name over part A of blind41, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two or more articles are forms of one canonical name:
- Sameh Shoukry (4000, 4002) / Sameh Shukri (4001, Kyodo's spelling);
- Joko Widodo (4003) / Jokowi (4004);
- Pushpa Kamal Dahal (4006) / Prachanda (4005);
- Subrahmanyam Jaishankar (4001) / S. Jaishankar (4002) / S Jaishankar (4006);
- Abdel Fattah el-Sisi (canonical) / Abdel Fattah Al-Sisi (4000).

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents, prime ministers, the emir of Kuwait, the king of Bhutan, the sultan of Brunei, Malaysia's
Yang di-Pertuan Agong, the chairman of Sudan's Transitional Sovereignty Council (Burhan, head of state) and Mohamed bin
Zayed (crown prince of Abu Dhabi in 2021, president of the UAE from 2022).
Persons: ministers (Shoukry, Safadi, Fuad Hussein, Motegi, Jaishankar, Kato, Ahmad Faizal, Zainudin, Saifuddin, Retno,
Mahfud, Saud, Vaishnaw, Buttigieg, Chee, Balakrishnan, Blinken), spokespeople (Radi), the chief ministers of Indian
states (Stalin, Patnaik, Banerjee), a US state governor (Moore), a mayor (Scott), a county executive (Olszewski),
officials (Rabie, Homendy), football officials (Infantino, Iriawan, Gilang), a TV host (Brennan), a victim's mother
and the bylines (invented).
Bare titles ("the President", "the PM", "the crown prince", "the Emir") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: the Suez Canal blockage (March 2021)
    "Abdel Fattah el-Sisi": (L, ["President Abdel Fattah Al-Sisi", "Abdel Fattah Al-Sisi", "Sisi", "El-Sisi"]),
    "Mohamed bin Zayed Al Nahyan": (L, ["Sheikh Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed"]),
    "Nawaf Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Nawaf"]),
    "Abdel Fattah al-Burhan": (L, ["Lieutenant General Abdel Fattah al-Burhan", "Burhan"]),
    "Recep Tayyip Erdoğan": (L, ["Turkish President Recep Tayyip Erdoğan", "Erdoğan", "Erdogan"]),
    "Yoshihide Suga": (L, ["Prime Minister Yoshihide Suga", "Suga"]),
    # ---------------- Leaders: the Kanjuruhan stadium crush (October 2022)
    "Ismail Sabri Yaakob": (L, ["Prime Minister Datuk Seri Ismail Sabri Yaakob", "Datuk Seri Ismail Sabri Yaakob",
                                "Prime Minister Ismail Sabri Yaakob", "Ismail Sabri"]),
    "Joko Widodo": (L, ["Indonesian President Joko Widodo", "President Joko Widodo", "President Jokowi", "Jokowi",
                        "Widodo"]),
    "Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah": (L, ["Al-Sultan Abdullah"]),
    "Hassanal Bolkiah": (L, ["Sultan Hassanal Bolkiah"]),
    # ---------------- Leaders: the Odisha train collision (June 2023)
    "Narendra Modi": (L, ["PM Modi", "Modi"]),
    "Pushpa Kamal Dahal": (L, ["Prime Minister Pushpa Kamal Dahal", "Nepal Prime Minister Prachanda", "PM Dahal",
                               "Prachanda", "Dahal"]),
    "Jigme Khesar Namgyel Wangchuck": (L, ["King Jigme Khesar Namgyel Wangchuck"]),
    # ---------------- Leaders: the Key Bridge collapse (March 2024)
    "Joe Biden": (L, ["President Joe Biden", "US President Joe Biden", "President Biden", "Biden"]),
    "Lee Hsien Loong": (L, ["Prime Minister Lee Hsien Loong"]),
    # ---------------- Persons: ministers and officials
    "Sameh Shoukry": (P, ["Foreign Minister Sameh Shoukry", "Sameh Shukri", "Shoukry", "Shukri", "Mr. Shoukry"]),
    "Bassam Radi": (P, ["Presidential Spokesman Bassam Radi", "Radi"]),
    "Ayman Safadi": (P, ["Safadi"]),
    "Fuad Hussein": (P, []),
    "Osama Rabie": (P, ["Suez Canal Authority Chairman Osama Rabie", "Rabie"]),
    "Toshimitsu Motegi": (P, ["Japanese Foreign Minister Toshimitsu Motegi", "Foreign Minister Toshimitsu Motegi",
                              "Motegi", "Mr. Motegi"]),
    "Subrahmanyam Jaishankar": (P, ["Indian External Affairs Minister Subrahmanyam Jaishankar",
                                    "External Affairs Minister S. Jaishankar", "External Affairs Minister S Jaishankar",
                                    "S. Jaishankar", "S Jaishankar", "Jaishankar", "Mr. Jaishankar"]),
    "Katsunobu Kato": (P, ["Chief Cabinet Secretary Katsunobu Kato", "Kato"]),
    "Ahmad Faizal Azumu": (P, ["Youth and Sports Minister Datuk Seri Ahmad Faizal Azumu", "Ahmad Faizal"]),
    "Zainudin Amali": (P, ["Zainudin"]),
    "Saifuddin Abdullah": (P, ["Foreign Minister Datuk Seri Saifuddin Abdullah"]),
    "Retno Marsudi": (P, ["Indonesian Foreign Minister Retno Marsudi"]),
    "Gianni Infantino": (P, ["FIFA President Gianni Infantino", "Infantino"]),
    "Mochamad Iriawan": (P, ["Iriawan"]),
    "Gilang Widya Pramana": (P, []),
    "Mahfud MD": (P, ["Coordinating Minister Mahfud MD"]),
    "M. K. Stalin": (P, ["MK Stalin", "Stalin"]),
    "Naveen Patnaik": (P, []),
    "Ashwini Vaishnaw": (P, ["Railway minister Ashwini Vaishnaw"]),
    "Mamata Banerjee": (P, ["West Bengal CM Mamata Banerjee"]),
    "Narayan Prakash Saud": (P, ["Foreign Minister Narayan Prakash Saud", "Saud"]),
    "Wes Moore": (P, ["Maryland Gov. Wes Moore", "Maryland Governor Wes Moore", "GOV. WES MOORE", "Moore"]),
    "Brandon Scott": (P, ["Baltimore Mayor Brandon Scott", "Mayor Scott"]),
    "Johnny Olszewski": (P, ["County Executive Olszewski", "Olszewski"]),
    "Pete Buttigieg": (P, ["Transportation Secretary Pete Buttigieg", "US Transportation Secretary Pete Buttigieg",
                           "Secretary Buttigieg", "Buttigieg"]),
    "Chee Hong Tat": (P, ["Acting Transport Minister Chee Hong Tat", "Mr Chee", "Minister Chee", "Chee"]),
    "Vivian Balakrishnan": (P, ["Foreign Affairs Minister Vivian Balakrishnan"]),
    "Antony Blinken": (P, ["US Secretary of State Antony Blinken"]),
    "Jennifer Homendy": (P, ["Homendy"]),
    "Margaret Brennan": (P, ["MARGARET BRENNAN"]),
    # invented: bylines, contributors and a victim's mother
    "Priyanka Venkatraman": (P, []),
    "Ayu Prameswari-Lind": (P, []),
    "Rina Setyaningsih": (P, ["Setyaningsih"]),
    "Lena Marchetti-Howe": (P, ["LENA MARCHETTI-HOWE"]),
    "Darius Okafor-Bell": (P, ["DARIUS OKAFOR-BELL"]),
    "Priya Ramaswamy-Kerr": (P, []),
    "Tom Hadlee-Burke": (P, []),
    "Clara Ng Wei Lin": (P, []),
    # ---------------- Outlets and platforms
    "Egypt Today": (O, []),
    "Facebook": (O, []),
    "Kuwait News Agency": (O, ["KUNA"]),
    "Yeni Şafak": (O, []),
    "Kyodo News": (O, ["KYODO", "Kyodo"]),
    "Twitter": (O, []),
    "Middle East News Agency": (O, ["MENA"]),
    "Radio Televisyen Malaysia": (O, ["RTM"]),
    "Bernama": (O, []),
    "The Jakarta Post": (O, ["Jakarta Post"]),
    "Antara": (O, []),
    "YouTube": (O, []),
    "Al Jazeera": (O, ["AL JAZEERA"]),
    "The Times of India": (O, ["TIMESOFINDIA.COM", "Times of India"]),
    "ANI": (O, []),
    "Bhutan Broadcasting Service": (O, []),
    "The Himalayan Times": (O, ["Himalayan Times"]),
    "Himalayan News Service": (O, []),
    "Rastriya Samachar Samiti": (O, ["RSS"]),
    "Kantipur": (O, []),
    "The Associated Press": (O, ["Associated Press", "AP"]),
    "CNN": (O, []),
    "X": (O, []),
    "WTOP": (O, []),
    "The Straits Times": (O, ["ST"]),
    "CBS News": (O, ["CBS"]),
    # ---------------- Countries
    "Egypt": (C, ["Egyptian"]),
    "Kuwait": (C, []),
    "Sudan": (C, []),
    "Jordan": (C, ["Jordanian"]),
    "Iraq": (C, ["Iraqi"]),
    "Japan": (C, ["Japanese"]),
    "Turkey": (C, ["Turkish"]),
    "India": (C, ["Indian"]),
    "Taiwan": (C, []),
    "Malaysia": (C, ["Malaysian", "Malaysians"]),
    "Indonesia": (C, ["Indonesian"]),
    "Brunei": (C, []),
    "Nepal": (C, ["Nepali"]),
    "Bhutan": (C, []),
    "United States": (C, ["US"]),
    "Singapore": (C, ["Singaporean"]),
    "Sri Lanka": (C, []),
    "Denmark": (C, ["Danish"]),
    # ---------------- Organizations
    "Suez Canal Authority": (G, []),
    "Transitional Sovereignty Council": (G, []),
    "Foreign Ministry": (G, []),
    "Shoei Kisen Kaisha": (G, ["Shoei Kisen"]),
    "Evergreen Marine Corp.": (G, ["Evergreen Marine"]),
    "Indian Embassy in Cairo": (G, []),
    "Football Association of Malaysia": (G, ["FAM"]),
    "Football Association of Indonesia": (G, ["PSSI"]),
    "Wisma Putra": (G, []),
    "Arema FC": (G, ["Arema"]),
    "Persebaya Surabaya": (G, []),
    "FIFA": (G, []),
    "Presidential Secretariat": (G, []),
    "NDRF": (G, []),
    "South Eastern Railway": (G, []),
    "Prime Minister's Secretariat": (G, []),
    "Ministry of Foreign Affairs": (G, []),
    "Embassy of Nepal in New Delhi": (G, []),
    "BRICS": (G, []),
    "White House": (G, []),
    "Synergy Marine Group": (G, ["Synergy Marine"]),
    "National Transportation Safety Board": (G, ["US National Transportation Safety Board"]),
    "Coast Guard": (G, []),
    "Maritime and Port Authority of Singapore": (G, ["MPA"]),
    "Prime Minister's Office": (G, []),
    "Ministry of Transport": (G, []),
    "Maersk": (G, []),
    "Army Corps of Engineers": (G, []),
}
