"""One type per canonical name over part A of blind39, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two or more articles are forms of one canonical name:
- Haitham bin Tarik (3804, the Omani spelling) / Haitham bin Tariq (3803);
- Sadyr Japarov (3805) / Sadyr Zhaparov (3806);
- Emomali Rahmon (3805) / Emomali Rakhmon (3806);
- Ram Mohan Naidu (3800) / K Rammohan Naidu (3801) / Ram Mohan Naidu Kinjarapu (canonical; 3802);
- Luís Montenegro (3800) / Luis Montenegro (3801, without the accent);
- Kassym-Jomart Tokayev (3805) / Qasym-Jomart Toqayev (3806, the Kazakh Latin spelling);
- Shehbaz Sharif (canonical) / Muhammad Shehbaz Sharif (3803).

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents, prime ministers, the Sultan of Oman, the Emirs of Qatar and Kuwait, and Anthony Albanese (leader of the
opposition in 2021, prime minister from 2022; no call).
Persons: ministers (Naidu, Shah, Jaishankar, Lammy, Rangel, Duffy, Araghchi, Faisal bin Farhan, Momeni, Albusaidi,
Nurtleu, Payne, Dutton, Le Drian, Mahuta, Joly, Blinken), the Chief Minister of Gujarat (Patel), the US special envoy
(Witkoff), the Iranian foreign ministry spokesman (Baghaei), the chairman of Tajikistan's upper house (Rustam Emomali)
and the speaker of the Kyrgyz parliament (Turgunbek uulu), a US senator (Cantwell), business heads (Ortberg,
Chandrasekaran), the survivor of the crash (Ramesh) and the bylines.
Bare titles ("the Prime Minister", "the Emir", "His Majesty", "the Head of State") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: South Asia, Europe (counterparts)
    "Narendra Modi": (L, ["Prime Minister Narendra Modi", "Indian Prime Minister Narendra Modi", "PM Modi", "Modi"]),
    "Keir Starmer": (L, ["British Prime Minister Keir Starmer", "Prime Minister Keir Starmer", "UK PM Starmer", "Starmer"]),
    "Luís Montenegro": (L, ["Prime Minister Luís Montenegro", "Portuguese Prime Minister Luis Montenegro",
                            "Luis Montenegro", "Portugal PM Montenegro", "Montenegro"]),
    # ---------------- Leaders: Middle East
    "Masoud Pezeshkian": (L, ["President Masoud Pezeshkian", "Dr Masoud Pezeshkian", "Pezeshkian"]),
    "Haitham bin Tarik": (L, ["His Majesty Sultan Haitham bin Tarik", "Sultan Haitham bin Tarik", "Sultan Haitham bin Tariq",
                              "Haitham bin Tariq"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani"]),
    "Shehbaz Sharif": (L, ["Pakistani Prime Minister Muhammad Shehbaz Sharif", "Muhammad Shehbaz Sharif"]),
    "Mohammed Shia al-Sudani": (L, ["Iraqi Prime Minister Mohammed Shia al-Sudani"]),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin"]),
    "Mishal Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah"]),
    # ---------------- Leaders: Central Asia
    "Kassym-Jomart Tokayev": (L, ["Qasym-Jomart Toqayev", "Tokayev", "Toqayev"]),
    "Emomali Rahmon": (L, ["Emomali Rakhmon", "Rahmon"]),
    "Sadyr Japarov": (L, ["Kyrgyz President Sadyr Japarov", "Sadyr Zhaparov", "Japarov"]),
    "Shavkat Mirziyoyev": (L, ["Uzbek President Shavkat Mirziyoyev", "Mirziyoyev"]),
    "Serdar Berdimuhamedov": (L, ["Turkmen President Serdar Berdimuhamedov"]),
    # ---------------- Leaders: Oceania, North America, Europe, Southeast Asia
    "Scott Morrison": (L, ["Mr Morrison", "Mr. Morrison", "Prime Minister Morrison", "Morrison"]),
    "Jacinda Ardern": (L, ["Prime Minister Jacinda Ardern", "Ardern"]),
    "Joe Biden": (L, ["US President Joe Biden", "President Biden", "Mr. Biden"]),
    "Boris Johnson": (L, ["British Prime Minister Boris Johnson"]),
    "Emmanuel Macron": (L, ["President Emmanuel Macron", "President Macron", "Mr. Macron"]),
    "Joko Widodo": (L, ["Indonesian President Joko Widodo"]),
    "Ismail Sabri Yaakob": (L, ["Malaysian Prime Minister Ismail Sabri Yaakob"]),
    "Anthony Albanese": (L, ["Labor leader Anthony Albanese"]),
    "Justin Trudeau": (L, ["Prime Minister Justin Trudeau", "Mr. Trudeau"]),
    # ---------------- Persons: the Air India crash
    "Ram Mohan Naidu Kinjarapu": (P, ["Civil Aviation Minister Ram Mohan Naidu", "Ram Mohan Naidu",
                                      "Civil Aviation Minister K Rammohan Naidu", "K Rammohan Naidu", "Minister Naidu",
                                      "Naidu"]),
    "Amit Shah": (P, ["Union Home Minister Amit Shah", "Shah"]),
    "Bhupendra Patel": (P, ["Gujarat Chief Minister Bhupendra Patel"]),
    "S Jaishankar": (P, ["External Affairs Minister S Jaishankar", "EAM Jaishankar", "Jaishankar"]),
    "David Lammy": (P, ["UK Foreign Secretary David Lammy"]),
    "Paulo Rangel": (P, ["Portuguese Foreign Minister Paulo Rangel"]),
    "Sean Duffy": (P, ["US Transportation Secretary Sean Duffy", "Transportation Secretary Sean Duffy", "Duffy"]),
    "Vishwash Kumar Ramesh": (P, []),
    "Kelly Ortberg": (P, ["Boeing CEO Kelly Ortberg", "Ortberg"]),
    "N. Chandrasekaran": (P, ["Air India Chairman N. Chandrasekaran"]),
    "Maria Cantwell": (P, ["Sen. Maria Cantwell"]),
    "Renata Soulek": (P, []),
    # ---------------- Persons: Iran and Oman
    "Abbas Araghchi": (P, ["Foreign Minister Abbas Araghchi", "Araghchi"]),
    "Faisal bin Farhan Al Saud": (P, ["Prince Faisal bin Farhan Al Saud"]),
    "Eskandar Momeni": (P, ["Interior Minister Eskandar Momeni"]),
    "Esmaeil Baghaei": (P, ["Foreign Ministry spokesman Esmaeil Baghaei", "Baghaei"]),
    "Steve Witkoff": (P, ["US special envoy Steve Witkoff", "Witkoff"]),
    "Badr bin Hamad Albusaidi": (P, ["Foreign Minister Sayyid Badr bin Hamad Albusaidi", "Sayyid Badr bin Hamad Albusaidi",
                                     "Sayyid Badr"]),
    # ---------------- Persons: Central Asia
    "Dilnoza Kambarova": (P, []),
    "Rustam Emomali": (P, []),
    "Nurlanbek Turgunbek uulu": (P, []),
    "Murat Nurtleu": (P, ["Foreign Minister Murat Nurtleu"]),
    # ---------------- Persons: AUKUS
    "Tess Valdivia-Hart": (P, []),
    "Lucas Ferreira-Banks": (P, []),
    "Hal Kettering": (P, []),
    "Marise Payne": (P, ["Foreign Minister Marise Payne"]),
    "Peter Dutton": (P, ["Defence Minister Peter Dutton"]),
    "Jean-Yves Le Drian": (P, ["Foreign Minister Jean-Yves Le Drian", "Foreign Minister Le Drian", "Le Drian"]),
    "Nanaia Mahuta": (P, ["Minister Mahuta", "Mahuta"]),
    "Aroha Kingi-Leary": (P, []),
    "Marguerite Oyelaran-Fisk": (P, ["MARGUERITE OYELARAN-FISK"]),
    "Mélanie Joly": (P, []),
    "Antony Blinken": (P, ["U.S. Secretary of State Antony Blinken"]),
    # ---------------- Outlets and platforms
    "The Indian Express": (O, ["Indian Express"]),
    "X": (O, []),
    "RTP": (O, []),
    "Press Trust of India": (O, ["PTI"]),
    "Lusa": (O, []),
    "DD News": (O, []),
    "Outlook": (O, []),
    "The Seattle Times": (O, ["Seattle Times"]),
    "The Wall Street Journal": (O, []),
    "IRIB": (O, []),
    "IRNA": (O, []),
    "Amwaj.media": (O, []),
    "Oman News Agency": (O, ["ONA"]),
    "Muscat Daily": (O, []),
    "The Times of Central Asia": (O, []),
    "Khovar": (O, []),
    "Telegram": (O, []),
    "Orda.kz": (O, []),
    "Reuters": (O, []),
    "2GB": (O, []),
    "Sky News Australia": (O, []),
    "Newshub": (O, []),
    "The Australian Financial Review": (O, []),
    "The Canadian Press": (O, []),
    # ---------------- Countries
    "India": (C, ["Indian"]),
    "United Kingdom": (C, ["UK", "British", "Britain"]),
    "Portugal": (C, ["Portuguese"]),
    "United States": (C, ["US", "U.S.", "American"]),
    "Iran": (C, ["Islamic Republic of Iran", "Iranian"]),
    "Oman": (C, ["Sultanate of Oman", "Omani"]),
    "Qatar": (C, []),
    "Kuwait": (C, []),
    "Pakistan": (C, ["Pakistani"]),
    "Iraq": (C, ["Iraqi"]),
    "Saudi Arabia": (C, ["Saudi"]),
    "Russia": (C, ["Russian"]),
    "Tajikistan": (C, ["Tajik"]),
    "Kyrgyzstan": (C, ["Kyrgyz"]),
    "Kazakhstan": (C, ["Kazakh"]),
    "Uzbekistan": (C, ["Uzbek"]),
    "Turkmenistan": (C, ["Turkmen"]),
    "Australia": (C, ["Australian"]),
    "New Zealand": (C, []),
    "Indonesia": (C, ["Indonesian"]),
    "Malaysia": (C, ["Malaysian"]),
    "France": (C, ["French"]),
    "China": (C, []),
    "Canada": (C, ["Canadian"]),
    # ---------------- Organizations
    "Air India": (G, []),
    "Downing Street": (G, []),
    "Directorate General of Civil Aviation": (G, []),
    "BJ Medical College": (G, []),
    "Air Accidents Investigation Branch": (G, []),
    "Aircraft Accident Investigation Bureau": (G, []),
    "National Transportation Safety Board": (G, []),
    "Federal Aviation Administration": (G, ["FAA"]),
    "Transportation Department": (G, []),
    "Boeing": (G, []),
    "Diwan of Royal Court": (G, []),
    "Ministry of Foreign Affairs": (G, []),
    "Akorda": (G, []),
    "Majlisi Milli": (G, []),
    "Naval Group": (G, []),
    "White House": (G, []),
    "Élysée Palace": (G, []),
    "Five Eyes": (G, []),
    "Group of 20": (G, ["G20"]),
}
