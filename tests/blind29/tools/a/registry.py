"""One type per canonical name over part A of blind29, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Canonical names follow the blindset where a person recurs there (Joe Biden, Narendra Modi, Anwar Ibrahim,
Prabowo Subianto, Lawrence Wong, Emmanuel Macron, Hun Manet, Mohammed bin Salman, Hamad bin Isa Al Khalifa,
Haitham bin Tariq, Tamim bin Hamad Al Thani, Salman bin Abdulaziz Al Saud, Kassym-Jomart Tokayev,
Shavkat Mirziyoyev, Sadyr Japarov, Vladimir Putin, Scott Morrison, Justin Trudeau, Andrés Manuel López
Obrador, Antony Blinken, S. Jaishankar, Facebook, X, Oman News Agency).

Names written two ways in two articles are forms of one canonical name:
- Kais Saied (2800, 2801) / Kaïs Saïed (2802);
- Haitham bin Tarik (2803) / Haitham bin Tariq (2804);
- Hamad bin Isa Al Khalifa (2803) / Hamad bin Isa Al-Khalifa (2804), and likewise Khalifa bin Salman and
  Salman bin Hamad with and without the hyphen.

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
kings, emirs and sultans; the Crown Prince and new Prime Minister of Bahrain Salman bin Hamad; the late
Prime Minister Khalifa bin Salman; Mohammed bin Salman (Crown Prince, as in the blindset); Hichem Mechichi
(head of government until 25 July 2021); Anutin Charnvirakul (Prime Minister of Thailand in October 2025;
the blindset typed him Person for June 2025, see README "Doubtful"); the caretaker prime minister Charlot
Salwai; President Tallis Obed Moses of Vanuatu.
Persons: ministers and secretaries (Blinken, Garneau, Sherman, Jerandi, Pompeo, Badr Albusaidi, Al Zayani,
Jaishankar, Sihasak, Bárcena, Joly, Sandoval, Ojeda, Rosa Icela Rodríguez), the national security adviser
Jake Sullivan, the Speaker Rached Ghannouchi, the Governor-General of Australia David Hurley (the monarch's
representative, as the priors typed governors-general), the opposition leader Ralph Regenvanu, the
Governor of Guerrero Evelyn Salgado Pineda, Queen Sirikit (a queen consort and queen mother, never head of
state), spokespeople and the invented bylines.
Bare titles ("the Secretary", "the Prime Minister", "His Majesty the Sultan") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Tunisia, Algeria, Qatar, United States
    "Kais Saied": (L, ["President of the Republic Kais Saied", "President Saied", "Saied", "Kaïs Saïed", "Saïed"]),
    "Abdelmadjid Tebboune": (L, ["Algerian President Abdelmadjid Tebboune"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani"]),
    "Hichem Mechichi": (L, ["Head of Government Hichem Mechichi", "Prime Minister Mechichi", "Mechichi"]),
    "Joe Biden": (L, ["President Joe Biden", "U.S. President Joe Biden", "Biden"]),
    # ---------------- Leaders: Gulf
    "Hamad bin Isa Al Khalifa": (L, ["King Hamad bin Isa Al Khalifa", "Hamad bin Isa Al-Khalifa",
                                     "King Hamad bin Isa Al-Khalifa", "King Hamad"]),
    "Khalifa bin Salman Al Khalifa": (L, ["Prince Khalifa bin Salman Al Khalifa", "Khalifa bin Salman Al-Khalifa",
                                          "Prince Khalifa bin Salman Al-Khalifa", "Prince Khalifa"]),
    "Salman bin Hamad Al Khalifa": (L, ["Crown Prince Salman bin Hamad Al Khalifa", "Salman bin Hamad Al-Khalifa",
                                        "Prince Salman bin Hamad Al-Khalifa"]),
    "Mohammed bin Salman": (L, ["Saudi Crown Prince Mohammed bin Salman"]),
    "Salman bin Abdulaziz Al Saud": (L, ["King Salman"]),
    "Haitham bin Tariq": (L, ["Sultan Haitham bin Tariq", "Haitham bin Tarik", "Sultan Haitham bin Tarik"]),
    "Nawaf Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah"]),
    # ---------------- Leaders: Asia
    "Anutin Charnvirakul": (L, ["Prime Minister Anutin Charnvirakul", "Thai Prime Minister Anutin Charnvirakul",
                                "PM Anutin Charnvirakul", "PM Anutin", "Anutin"]),
    "Prabowo Subianto": (L, ["Indonesian President Prabowo Subianto"]),
    "Lawrence Wong": (L, ["Prime Minister Lawrence Wong", "Wong"]),
    "Narendra Modi": (L, ["Indian Prime Minister Narendra Modi", "Prime Minister Narendra Modi", "PM Modi",
                          "Prime Minister Modi", "Modi"]),
    "Emmanuel Macron": (L, ["French President Emmanuel Macron"]),
    "Hun Manet": (L, ["Cambodian Prime Minister Hun Manet"]),
    "Anwar Ibrahim": (L, ["Malaysian Prime Minister Anwar Ibrahim"]),
    "Kassym-Jomart Tokayev": (L, ["Head of State Kassym-Jomart Tokayev", "Tokayev"]),
    "Shavkat Mirziyoyev": (L, ["President of Uzbekistan Shavkat Mirziyoyev", "Mirziyoyev"]),
    "Sadyr Japarov": (L, ["President of the Kyrgyz Republic Sadyr Japarov", "Japarov"]),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin", "Putin"]),
    # ---------------- Leaders: Oceania and North America
    "Scott Morrison": (L, ["Australian Prime Minister Scott Morrison", "Prime Minister Morrison", "Mr Morrison",
                           "Morrison"]),
    "Bob Loughman": (L, ["Prime Minister Loughman", "Mr Loughman", "Loughman"]),
    "Tallis Obed Moses": (L, ["President Tallis Obed Moses"]),
    "Jacinda Ardern": (L, ["New Zealand Prime Minister Jacinda Ardern", "Ardern"]),
    "Charlot Salwai": (L, ["Prime Minister Charlot Salwai", "Salwai"]),
    "Frank Bainimarama": (L, ["Prime Minister Frank Bainimarama", "Bainimarama"]),
    "Justin Trudeau": (L, ["Canadian Prime Minister Justin Trudeau", "Trudeau"]),
    "Andrés Manuel López Obrador": (L, ["President López Obrador", "López Obrador", "AMLO"]),
    # ---------------- Persons
    "Antony Blinken": (P, ["US Secretary of State Antony Blinken", "Secretary Blinken", "Blinken"]),
    "Rached Ghannouchi": (P, ["Speaker of Parliament Rached Ghannouchi", "Speaker Ghannouchi", "Ghannouchi"]),
    "Jalina Porter": (P, []),
    "Marc Garneau": (P, ["Canadian Foreign Minister Marc Garneau"]),
    "Wendy Sherman": (P, ["Deputy Secretary Sherman", "Sherman"]),
    "Othman Jerandi": (P, ["Foreign Minister Jerandi", "Jerandi"]),
    "Daniel Hartwell": (P, []),
    "Hamza Ben Salem": (P, []),
    "Jake Sullivan": (P, ["Sullivan"]),
    "Mike Pompeo": (P, ["US Secretary of State Mike Pompeo", "Pompeo"]),
    "Badr bin Hamad Albusaidi": (P, ["Sayyid Badr bin Hamad Albusaidi", "Sayyid Badr"]),
    "Abdullatif bin Rashid Al Zayani": (P, ["Dr Abdullatif bin Rashid Al Zayani"]),
    "Sirikit": (P, ["Queen Sirikit", "Her Majesty Queen Sirikit", "Queen Mother Sirikit"]),
    "S. Jaishankar": (P, ["External Affairs Minister S. Jaishankar", "EAM Jaishankar", "Jaishankar"]),
    "Sihasak Phuangketkeow": (P, ["Thai Foreign Minister Sihasak Phuangketkeow"]),
    "David Hurley": (P, []),
    "Ralph Regenvanu": (P, ["Mr Regenvanu", "Regenvanu"]),
    "Anita Tarileo": (P, []),
    "Alicia Bárcena": (P, ["Foreign Minister Alicia Bárcena", "Bárcena"]),
    "Mélanie Joly": (P, []),
    "Evelyn Salgado Pineda": (P, ["Guerrero Governor Evelyn Salgado Pineda", "Governor Salgado"]),
    "Luis Cresencio Sandoval": (P, ["Defense Secretary Luis Cresencio Sandoval"]),
    "José Rafael Ojeda Durán": (P, ["Navy Secretary José Rafael Ojeda Durán"]),
    "Rosa Icela Rodríguez": (P, ["Security Minister Rosa Icela Rodríguez", "Rodríguez"]),
    "Berik Uali": (P, ["Uali"]),
    # ---------------- Outlets
    "TAP": (O, []),
    "Facebook": (O, []),
    "X": (O, []),
    "Al Arabiya": (O, []),
    "Middle East Eye": (O, []),
    "Wataniya": (O, []),
    "Arab News": (O, ["ARAB NEWS"]),
    "Bahrain News Agency": (O, []),
    "Saudi Press Agency": (O, []),
    "Oman Observer": (O, ["OMAN OBSERVER"]),
    "Oman News Agency": (O, ["ONA"]),
    "The Nation": (O, []),
    "Thai News Agency": (O, []),
    "DD News": (O, []),
    "Vanuatu Daily Post": (O, ["Daily Post"]),
    "ABC": (O, []),
    "Mexico News Daily": (O, []),
    "CBC News": (O, []),
    "Kazinform": (O, ["KAZINFORM"]),
    "24.kg": (O, []),
    # ---------------- Countries
    "Tunisia": (C, ["Tunisian", "Tunisians", "Tunis"]),
    "United States": (C, ["US", "U.S.", "American", "Washington"]),
    "Algeria": (C, ["Algerian"]),
    "Qatar": (C, []),
    "Canada": (C, ["Canadian", "Canadians"]),
    "India": (C, ["Indian", "Indians", "New Delhi"]),
    "Kuwait": (C, []),
    "Bahrain": (C, ["Kingdom of Bahrain", "Manama"]),
    "Saudi Arabia": (C, ["Saudi"]),
    "Oman": (C, []),
    "Thailand": (C, ["Thai"]),
    "Indonesia": (C, ["Indonesian"]),
    "Singapore": (C, ["Singaporeans"]),
    "France": (C, ["French"]),
    "Cambodia": (C, ["Cambodian"]),
    "Malaysia": (C, ["Malaysian", "Kuala Lumpur"]),
    "Vanuatu": (C, []),
    "Australia": (C, ["Australian"]),
    "New Zealand": (C, []),
    "Fiji": (C, []),
    "Tonga": (C, []),
    "Mexico": (C, []),
    "Kazakhstan": (C, []),
    "Uzbekistan": (C, ["Uzbek"]),
    "Kyrgyzstan": (C, ["Kyrgyz", "Kyrgyz Republic"]),
    "Russia": (C, ["Russian"]),
    # ---------------- Organizations
    "Presidency of the Republic (Tunisia)": (G, ["Presidency of the Republic", "Presidency"]),
    "Carthage Palace": (G, []),
    "Assembly of the Representatives of the People": (G, []),
    "UGTT": (G, []),
    "White House": (G, []),
    "Ennahda": (G, []),
    "DHS": (G, []),
    "State Department": (G, []),
    "Mayo Clinic": (G, []),
    "Diwan of Royal Court": (G, []),
    "Bureau of the Royal Household": (G, []),
    "Government House (Thailand)": (G, ["Government House"]),
    "ASEAN": (G, ["Asean"]),
    "Ministry of External Affairs (India)": (G, ["Ministry of External Affairs"]),
    "Vanua'aku Pati": (G, []),
    "National Disaster Management Office (Vanuatu)": (G, ["National Disaster Management Office"]),
    "Global Affairs Canada": (G, []),
    "National Hurricane Center": (G, []),
    "Akorda": (G, []),
}
