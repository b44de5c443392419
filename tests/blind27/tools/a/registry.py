"""One type per canonical name over part A of blind27, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Canonical names follow the blindset where a person recurs there (Donald Trump, Abdel Fattah el-Sisi,
Abdullah II of Jordan, Tamim bin Hamad Al Thani, Mohamed bin Zayed Al Nahyan, Recep Tayyip Erdoğan,
Narendra Modi, Imran Khan, Sheikh Hasina, Ranil Wickremesinghe, S. Jaishankar, Andrés Manuel López
Obrador, Marcelo Ebrard, Emmanuel Macron, Twitter, Facebook, Jordan News Agency) and the earlier
sets where they registered one (KP Sharma Oli, Frank Bainimarama).

Names written two ways in two articles are forms of one canonical name:
- Hassan Diab (2600, 2602) / Hassane Diab (2601);
- Gotabhaya Rajapaksa (2603) / Gotabaya Rajapaksa (2604, 2605);
- K.P. Sharma Oli (2603) / Khadga Prasad Sharma Oli (2604);
- Abdel Fattah El Sisi (2600, 2601) / Abdel Fattah El-Sisi (2602);
- Mahathir Mohamad (2607) / Dr Mahathir Mohamad (2605).

Typing (blindset judgement 2: people who are, were or became heads of state or government are
Leaders): the president-elect Gotabaya Rajapaksa; the acting prime minister Semisi Sika; King Tupou VI;
the late 'Akilisi Pōhiva; the former prime ministers Najib Mikati and Mahinda Rajapaksa (also a former
president); the crown princes Mohammed bin Salman and Mohamed bin Zayed (later prime minister and
president); the heads of government of Kazakhstan and Uzbekistan (Askar Mamin, Abdulla Aripov).
Persons: Mustapha Adib, a prime minister-designate who never took office (see README, Doubtful);
the Governor-General of New Zealand, Dame Patsy Reddy (the monarch's representative, not head of
state); the governors Claudia Pavlovich Arellano, Doug Ducey and Umirzak Shukeyev; the acting
Homeland Security Secretary Kevin McAleenan; ministers, spokespeople, officials, the UN
Secretary-General, the defeated candidate Sajith Premadasa and the invented bylines.
Bare titles ("the prime minister", "His Majesty", "the Acting Prime Minister") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Middle East and North Africa
    "Michel Aoun": (L, ["Lebanese President Michel Aoun", "President Michel Aoun", "Aoun", "Mr Aoun"]),
    "Hassan Diab": (L, ["Hassane Diab", "Lebanese Prime Minister Hassan Diab", "Lebanese Prime Minister Hassane Diab",
                        "Diab", "Mr Diab"]),
    "Najib Mikati": (L, ["Mikati"]),
    "Abdel Fattah el-Sisi": (L, ["Abdel Fattah El Sisi", "Abdel Fattah El-Sisi", "Egyptian President Abdel Fattah El Sisi",
                                 "El Sisi", "El-Sisi", "Mr El Sisi"]),
    "Abdullah II of Jordan": (L, ["King Abdullah II of Jordan", "King Abdullah II", "King Abdullah",
                                  "His Majesty King Abdullah"]),
    "Omar Razzaz": (L, ["Prime Minister Omar Razzaz", "Razzaz"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad", "Tamim bin Hamad"]),
    "Mohamed bin Zayed Al Nahyan": (L, ["Sheikh Mohamed bin Zayed", "Mohamed bin Zayed"]),
    "Mohammed bin Salman": (L, ["Saudi Crown Prince Mohammed bin Salman"]),
    "Mustafa Al-Kadhimi": (L, ["Mustafa Al Kadhimi", "Iraqi Prime Minister Mustafa Al Kadhimi", "Al Kadhimi"]),
    "Recep Tayyip Erdoğan": (L, ["Recep Tayyip Erdogan", "Turkish President Recep Tayyip Erdogan", "Erdogan",
                                 "Erdoğan"]),
    # ---------------- Leaders: elsewhere
    "Donald Trump": (L, ["President Donald Trump", "US President Donald Trump", "United States President Donald Trump",
                         "Trump"]),
    "Emmanuel Macron": (L, ["Macron"]),
    "Andrés Manuel López Obrador": (L, ["President López Obrador", "López Obrador", "Lopez Obrador", "AMLO"]),
    # ---------------- Leaders: South and Central Asia
    "Gotabaya Rajapaksa": (L, ["Gotabhaya Rajapaksa", "President-elect Gotabhaya Rajapaksa",
                               "President Gotabaya Rajapaksa", "Gotabhaya", "Gotabaya", "Rajapaksa",
                               "Mr. Rajapaksa", "Mr Rajapaksa"]),
    "Mahinda Rajapaksa": (L, ["former President Mahinda Rajapaksa"]),
    "Ranil Wickremesinghe": (L, ["Prime Minister Ranil Wickremesinghe", "Wickremesinghe"]),
    "Narendra Modi": (L, ["Indian Prime Minister Narendra Modi", "Prime Minister Narendra Modi", "Prime Minister Modi",
                          "Modi"]),
    "Imran Khan": (L, ["Prime Minister Imran Khan", "Mr Khan"]),
    "KP Sharma Oli": (L, ["K.P. Sharma Oli", "Khadga Prasad Sharma Oli", "Prime Minister Khadga Prasad Sharma Oli",
                          "Prime Minister Oli", "Oli"]),
    "Ibrahim Mohamed Solih": (L, ["Maldivian President Ibrahim Mohamed Solih", "Solih"]),
    "Sheikh Hasina": (L, ["Bangladesh Prime Minister Sheikh Hasina"]),
    "Kassym-Jomart Tokayev": (L, ["Head of State Kassym-Jomart Tokayev", "Tokayev"]),
    "Shavkat Mirziyoyev": (L, ["President of Uzbekistan Shavkat Mirziyoyev", "Mirziyoyev"]),
    "Askar Mamin": (L, ["Prime Minister Askar Mamin", "Mamin"]),
    "Abdulla Aripov": (L, ["Prime Minister of Uzbekistan Abdulla Aripov", "Aripov"]),
    # ---------------- Leaders: East and Southeast Asia
    "Xi Jinping": (L, ["President Xi Jinping", "Xi"]),
    "Joko Widodo": (L, ["President Joko Widodo", "Jokowi", "Widodo"]),
    "Lee Hsien Loong": (L, ["Prime Minister Lee Hsien Loong", "Lee"]),
    "Mahathir Mohamad": (L, ["Malaysian Prime Minister Mahathir Mohamad", "Malaysian Prime Minister Dr Mahathir Mohamad",
                             "Dr Mahathir Mohamad", "Mahathir"]),
    "Shinzo Abe": (L, ["Japanese Prime Minister Shinzo Abe", "Abe"]),
    # ---------------- Leaders: Oceania
    "Scott Morrison": (L, ["Australian Prime Minister Scott Morrison", "Prime Minister Scott Morrison", "Morrison",
                           "Mr Morrison"]),
    "Jacinda Ardern": (L, ["Prime Minister Jacinda Ardern", "Ardern"]),
    "Semisi Sika": (L, ["Hon. Semisi Sika", "Hon. Sika", "Sika"]),
    "Akilisi Pōhiva": (L, ["Hon. 'Akilisi Pōhiva", "Akilisi Pohiva", "Pōhiva", "Pohiva"]),
    "Tupou VI": (L, ["King Tupou VI", "His Majesty King Tupou VI"]),
    "Frank Bainimarama": (L, ["Voreqe Bainimarama", "Prime Minister Voreqe Bainimarama", "Bainimarama"]),
    "Tuilaepa Sailele Malielegaoi": (L, ["Prime Minister Tuilaepa Sailele Malielegaoi", "Tuilaepa"]),
    # ---------------- Persons
    "Mustapha Adib": (P, ["Adib"]),
    "Mike Pompeo": (P, ["US Secretary of State Mike Pompeo", "Secretary of State Mike Pompeo", "Pompeo", "Mr Pompeo"]),
    "Fahrettin Altun": (P, []),
    "Bassam Rady": (P, []),
    "Hamad Hassan": (P, ["Health Minister Hamad Hassan"]),
    "Ayman Safadi": (P, ["Foreign Minister Ayman Safadi", "Safadi"]),
    "Charbel Wehbe": (P, []),
    "Antonio Guterres": (P, ["UN Secretary-General Antonio Guterres", "Guterres"]),
    "Mohammad Javad Zarif": (P, ["Iranian Foreign Minister Mohammad Javad Zarif", "Zarif"]),
    "Karim Haddad": (P, ["KARIM HADDAD"]),
    "Dilrukshi Ranasinghe": (P, []),
    "Mahinda Deshapriya": (P, ["Elections Commission Chairman Mahinda Deshapriya", "Deshapriya"]),
    "Sajith Premadasa": (P, ["Premadasa"]),
    "Pradeep Kumar Gyawali": (P, ["Foreign Minister Pradeep Kumar Gyawali", "Gyawali"]),
    "Prakriti Thapa": (P, []),
    "S. Jaishankar": (P, ["External Affairs Minister S Jaishankar", "S Jaishankar", "Dr Jaishankar", "Jaishankar"]),
    "Shah Mehmood Qureshi": (P, ["Foreign Minister Shah Mehmood Qureshi", "Qureshi"]),
    "Marcelo Ebrard": (P, ["Foreign Secretary Marcelo Ebrard", "Ebrard"]),
    "Alfonso Durazo": (P, ["Security Minister Alfonso Durazo", "Durazo"]),
    "Kevin McAleenan": (P, ["Homeland Security Secretary Kevin McAleenan", "McAleenan"]),
    "Claudia Pavlovich Arellano": (P, ["Sonora Governor Claudia Pavlovich Arellano", "Pavlovich"]),
    "Doug Ducey": (P, ["Arizona Governor Doug Ducey", "Ducey"]),
    "Johan Budi Sapto Pribowo": (P, ["Johan Budi", "Johan"]),
    "Retno Marsudi": (P, ["Foreign Minister Retno Marsudi", "Retno"]),
    "Marise Payne": (P, ["Australian Foreign Minister Marise Payne", "Payne"]),
    "Wiranto": (P, []),
    "Sutopo Purwo Nugroho": (P, ["Sutopo"]),
    "Ardhi Wicaksono": (P, []),
    "Lestari Nugraheni": (P, []),
    "Patsy Reddy": (P, ["Dame Patsy Reddy", "Reddy"]),
    "Mukhtar Tileuberdi": (P, ["Foreign Minister Mukhtar Tileuberdi", "Tileuberdi"]),
    "Abdulaziz Kamilov": (P, ["Kamilov"]),
    "Umirzak Shukeyev": (P, ["Shukeyev"]),
    # ---------------- Outlets
    "The National": (O, []),
    "Anadolu Agency": (O, ["Anadolu"]),
    "Qatar News Agency": (O, ["QNA"]),
    "Facebook": (O, []),
    "Twitter": (O, []),
    "AFP": (O, []),
    "The Jordan Times": (O, ["Jordan Times", "JT"]),
    "Jordan News Agency": (O, ["Petra"]),
    "Al Mamlaka": (O, ["Al Mamlaka TV"]),
    "Al Arabiya": (O, []),
    "TV Derana": (O, ["Derana"]),
    "Hiru TV": (O, []),
    "The Kathmandu Post": (O, ["Kathmandu Post", "The Post"]),
    "Hindustan Times": (O, ["The Hindustan Times"]),
    "Dawn": (O, []),
    "Radio Pakistan": (O, []),
    "Milenio": (O, []),
    "Notimex": (O, []),
    "El Universal": (O, []),
    "Reuters": (O, []),
    "Antara": (O, ["ANTARA News", "ANTARA"]),
    "Sky News Australia": (O, []),
    "Matangi Tonga": (O, []),
    "RNZ Pacific": (O, []),
    "Kazinform": (O, ["KAZINFORM"]),
    "Khabar 24": (O, []),
    # ---------------- Countries
    "Lebanon": (C, ["Lebanese", "Beirut"]),
    "United States": (C, ["US", "Washington"]),
    "Turkey": (C, ["Turkish"]),
    "Iraq": (C, ["Iraqi", "Baghdad"]),
    "Egypt": (C, ["Egyptian"]),
    "Jordan": (C, ["Jordanian", "Jordanians", "Amman", "AMMAN"]),
    "Qatar": (C, []),
    "United Arab Emirates": (C, ["UAE"]),
    "Saudi Arabia": (C, ["Saudi"]),
    "France": (C, ["French"]),
    "Germany": (C, ["Berlin"]),
    "Iran": (C, ["Iranian"]),
    "Sri Lanka": (C, ["Colombo"]),
    "India": (C, ["Indian", "New Delhi", "Delhi"]),
    "Pakistan": (C, ["Islamabad", "ISLAMABAD"]),
    "Nepal": (C, ["Nepali", "Kathmandu"]),
    "Maldives": (C, ["Maldivian"]),
    "Bangladesh": (C, []),
    "China": (C, ["Chinese"]),
    "Malaysia": (C, ["Malaysian"]),
    "Mexico": (C, ["Mexican"]),
    "Indonesia": (C, ["Jakarta"]),
    "Australia": (C, ["Australian", "Canberra"]),
    "Singapore": (C, ["Singaporean"]),
    "Japan": (C, ["Japanese"]),
    "Tonga": (C, ["Nuku'alofa"]),
    "New Zealand": (C, []),
    "Fiji": (C, []),
    "Samoa": (C, []),
    "Kazakhstan": (C, ["Kazakh"]),
    "Uzbekistan": (C, ["Uzbek"]),
    # ---------------- Organizations
    "State Department": (G, []),
    "Pentagon": (G, []),
    "Royal Hashemite Court": (G, []),
    "Supreme Defence Council (Lebanon)": (G, ["Supreme Defence Council"]),
    "Jordan Armed Forces-Arab Army": (G, []),
    "Royal Jordanian Air Force": (G, []),
    "Hezbollah": (G, []),
    "United Nations": (G, ["UN"]),
    "Elections Commission (Sri Lanka)": (G, ["Elections Commission"]),
    "Chinese Embassy in Colombo": (G, ["Chinese Embassy"]),
    "SAARC": (G, []),
    "Prime Minister's Office (Pakistan)": (G, ["Prime Minister's Office", "PM Office"]),
    "Foreign Office (Pakistan)": (G, ["Foreign Office"]),
    "La Línea": (G, []),
    "Presidential Palace (Indonesia)": (G, ["Presidential Palace"]),
    "Ministry of Foreign Affairs (Indonesia)": (G, ["Foreign Ministry"]),
    "National Disaster Mitigation Agency": (G, ["BNPB"]),
    "Democratic Party of the Friendly Islands": (G, []),
    "Legislative Assembly of Tonga": (G, ["Legislative Assembly"]),
    "New Zealand Defence Force": (G, []),
    "Akorda": (G, []),
    "Ministry of Foreign Affairs (Uzbekistan)": (G, ["Foreign Ministry"]),
}
