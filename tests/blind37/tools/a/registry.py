"""One type per canonical name over part A of blind37, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two articles are forms of one canonical name:
- Abdelmadjid Tebboune (3602, APS) / Abdelmajid Tebboune (3603, QNA);
- Yoon Suk Yeol (3607, Antara) / Yoon Suk-yeol (3608, The Hankyoreh);
- Recep Tayyip Erdoğan (canonical) / Recep Tayyip Erdogan (3602, the only form that occurs);
- Tamim bin Hamad Al Thani (canonical) / "Sheikh Tamim Bin Hamad Al-Thani" (3602) / "Sheikh Tamim bin Hamad
  Al-Thani" (3603);
- S. Somanath (canonical) / "S Somanath" (3604, PTI) / "S. Somanath" and "Sreedhara Panicker Somanath" (3606);
- Joko Widodo (canonical) / "Jokowi" (3607) / "Widodo" (3607-3609);
- Mohammed bin Abdulaziz Al-Khulaifi (canonical) / "Mohammed bin Abdulaziz bin Saleh Al-Khulaifi" (3603).

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents, prime ministers, the Emir of Qatar and King Abdullah II; Droupadi Murmu (President of India);
Anwaar-ul-Haq Kakar (caretaker prime minister of Pakistan, in a denied call); Jeremiah Manele (Solomon Islands
foreign minister in 2022, prime minister from May 2024: a Leader by the "is or was" rule, as the priors typed future
heads); Vladimir Putin and Xi Jinping (messages only, no call).
Persons: ministers (Anand, Austin, Attaf, Tajani, Retno Marsudi, Hayashi, Penny Wong, Al-Khulaifi, Abdelatty),
a provincial premier (Pillai) and a US state governor (Dunleavy), a governor-general (Hurley, as the priors typed
governors-general), military commanders (Eyre, VanHerck), the heads of ISRO, NASA, ESA and JAXA, the opposition
leader (Poilievre), presidential candidates, spokespeople and press secretaries, a provincial governor (Ridwan
Kamil), the BNPB head, the bylines.
Bare titles ("the prime minister", "the President", "HH the Amir") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: North America
    "Justin Trudeau": (L, ["Prime Minister Justin Trudeau", "Prime Minister Trudeau", "Trudeau"]),
    "Joe Biden": (L, ["U.S. President Joe Biden", "President Biden", "Biden"]),
    # ---------------- Leaders: Middle East and North Africa
    "Abdelmadjid Tebboune": (L, ["Mr. Abdelmadjid Tebboune", "Abdelmajid Tebboune", "President Tebboune", "Tebboune"]),
    "Abdel Fattah El-Sisi": (L, ["Mr. Abdel Fattah El-Sisi", "El-Sisi"]),
    "Mohamed Ould Cheikh El Ghazouani": (L, ["Mr. Mohamed Ould Cheikh El Ghazouani", "President Ghazouani",
                                            "Ghazouani"]),
    "Recep Tayyip Erdoğan": (L, ["Mr. Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdoğan", "Erdogan"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim Bin Hamad Al-Thani", "Tamim Bin Hamad Al-Thani",
                                    "Sheikh Tamim bin Hamad Al-Thani", "Tamim bin Hamad Al-Thani"]),
    "Abdullah II": (L, ["King Abdullah II bin Al Hussein", "Abdullah II bin Al Hussein", "King Abdullah II"]),
    "Giorgia Meloni": (L, ["Mrs. Giorgia Meloni", "Meloni"]),
    "Vladimir Putin": (L, ["Mr. Vladimir Putin", "Putin"]),
    "Xi Jinping": (L, ["Mr. Xi Jinping"]),
    # ---------------- Leaders: South and Central Asia
    "Narendra Modi": (L, ["Prime Minister Narendra Modi", "Prime Minister Modi", "Mr. Modi", "Modi"]),
    "Kassym-Jomart Tokayev": (L, ["Kazakh President Kassym-Jomart Tokayev", "President Tokayev", "Mr. Tokayev",
                                 "Tokayev"]),
    "Anwaar-ul-Haq Kakar": (L, ["caretaker Prime Minister Anwaar-ul-Haq Kakar", "Kakar"]),
    "Droupadi Murmu": (L, ["President Droupadi Murmu"]),
    # ---------------- Leaders: East and Southeast Asia
    "Joko Widodo": (L, ["President Joko Widodo", "Indonesian President Joko Widodo", "President Widodo", "Jokowi",
                       "Widodo"]),
    "Lee Hsien Loong": (L, ["Prime Minister Lee Hsien Loong", "Singapore Prime Minister Lee Hsien Loong", "Lee"]),
    "Yoon Suk Yeol": (L, ["South Korean President Yoon Suk Yeol", "President Yoon Suk-yeol", "Yoon Suk-yeol", "Yoon"]),
    # ---------------- Leaders: Oceania
    "Anthony Albanese": (L, ["Australian Prime Minister Anthony Albanese", "Prime Minister Albanese", "Albanese"]),
    "James Marape": (L, ["Marape"]),
    "Taneti Maamau": (L, ["President Taneti Maamau"]),
    "Jeremiah Manele": (L, []),
    # ---------------- Persons: North America
    "Anita Anand": (P, ["Defence Minister Anita Anand", "Anand"]),
    "Lloyd Austin": (P, ["U.S. Defense Secretary Lloyd Austin"]),
    "Wayne Eyre": (P, ["Gen. Wayne Eyre"]),
    "Glen VanHerck": (P, ["Gen. Glen VanHerck"]),
    "Ranj Pillai": (P, ["Yukon Premier Ranj Pillai", "Premier Ranj Pillai", "Pillai"]),
    "Pierre Poilievre": (P, ["Conservative Leader Pierre Poilievre", "Poilievre"]),
    "Mike Dunleavy": (P, ["Alaska Gov. Mike Dunleavy"]),
    "Dana Lindqvist-Roy": (P, []),
    # ---------------- Persons: Middle East and North Africa
    "Ahmed Attaf": (P, ["Mr. Ahmed Attaf"]),
    "Antonio Tajani": (P, ["Mr. Antonio Tajani"]),
    "Abdelaali Hassani Cherif": (P, ["Mr. Abdelaali Hassani Cherif"]),
    "Youcef Aouchiche": (P, ["Mr. Youcef Aouchiche"]),
    "Mohammed bin Abdulaziz Al-Khulaifi": (P, ["Dr. Mohammed bin Abdulaziz bin Saleh Al-Khulaifi",
                                              "Mohammed bin Abdulaziz bin Saleh Al-Khulaifi"]),
    "Badr Abdelatty": (P, ["Dr. Badr Abdelatty"]),
    # ---------------- Persons: South and Central Asia
    "S. Somanath": (P, ["ISRO chairman S Somanath", "S Somanath", "Sreedhara Panicker Somanath", "Mr. Somanath",
                        "Somanath"]),
    "Berik Uali": (P, ["press secretary Berik Uali"]),
    "Mumtaz Zahra Baloch": (P, []),
    "Bill Nelson": (P, ["Nelson"]),
    "Josef Aschbacher": (P, ["Aschbacher"]),
    "Hiroshi Yamakawa": (P, []),
    "Meghna Varghese-Iyer": (P, []),
    # ---------------- Persons: East and Southeast Asia
    "Retno Marsudi": (P, ["Foreign Affairs Minister Retno Marsudi"]),
    "Yoshimasa Hayashi": (P, ["Japanese Foreign Minister Yoshimasa Hayashi", "Hayashi"]),
    "Teuku Faizasyah": (P, ["Faizasyah"]),
    "Ridwan Kamil": (P, ["West Java Governor Ridwan Kamil"]),
    "Suharyanto": (P, []),
    "Nabila Putri Kusumawardani": (P, []),
    "Hendra Wijaya Siregar": (P, []),
    "Kim Eun-hye": (P, ["Kim"]),
    "Choi Ha-young": (P, []),
    # ---------------- Persons: Oceania
    "David Hurley": (P, []),
    "Penny Wong": (P, []),
    "Callum Ferreira-Watts": (P, []),
    # ---------------- Outlets and platforms
    "CBC News": (O, []),
    "The Associated Press": (O, []),
    "Twitter": (O, []),
    "EPTV": (O, []),
    "Mauritanian News Agency": (O, ["AMI"]),
    "Qatar News Agency": (O, ["QNA"]),
    "Algeria Press Service": (O, ["APS"]),
    "Qatar Tribune": (O, []),
    "Press Trust of India": (O, ["PTI"]),
    "Telegram": (O, []),
    "X": (O, []),
    "Jang": (O, []),
    "The Week": (O, ["THE WEEK"]),
    "Antara": (O, ["ANTARA"]),
    "ABC Radio National": (O, []),
    "The Australian Financial Review": (O, []),
    "The Saturday Paper": (O, []),
    # ---------------- Countries
    "Canada": (C, ["Canadian"]),
    "United States": (C, ["U.S.", "American", "US"]),
    "Algeria": (C, ["Algerian", "People's Democratic Republic of Algeria"]),
    "Egypt": (C, ["Arab Republic of Egypt", "Egyptian"]),
    "Mauritania": (C, ["Islamic Republic of Mauritania", "Mauritanian"]),
    "Türkiye": (C, ["Republic of Türkiye"]),
    "Qatar": (C, ["State of Qatar", "Qatari"]),
    "Italy": (C, ["Italian Republic", "Italian"]),
    "Russia": (C, ["Russian Federation"]),
    "China": (C, ["People's Republic of China"]),
    "Jordan": (C, ["Hashemite Kingdom of Jordan"]),
    "India": (C, ["Indian"]),
    "Kazakhstan": (C, ["Kazakh"]),
    "Pakistan": (C, ["Islamabad"]),
    "South Africa": (C, ["South African"]),
    "Ethiopia": (C, []),
    "Iran": (C, []),
    "Soviet Union": (C, []),
    "Japan": (C, ["Japanese"]),
    "Indonesia": (C, ["Indonesian"]),
    "Australia": (C, ["Australian"]),
    "Singapore": (C, []),
    "South Korea": (C, ["South Korean", "Korea", "Korean"]),
    "Papua New Guinea": (C, ["PNG"]),
    "Kiribati": (C, []),
    "Solomon Islands": (C, []),
    # ---------------- Organizations
    "Pentagon": (G, []),
    "NORAD": (G, ["North American Aerospace Defense Command"]),
    "White House": (G, []),
    "RCMP": (G, []),
    "Prime Minister's Office": (G, []),
    "Canadian Armed Forces": (G, []),
    "Government of Yukon": (G, []),
    "Presidency of the Republic": (G, []),
    "National Independent Authority for Elections": (G, ["ANIE"]),
    "Constitutional Court": (G, []),
    "Ministry of Foreign Affairs": (G, []),
    "ISRO": (G, []),
    "Foreign Office": (G, []),
    "Shanghai Cooperation Organisation": (G, []),
    "BRICS": (G, []),
    "NASA": (G, []),
    "European Space Agency": (G, ["ESA"]),
    "JAXA": (G, []),
    "National Disaster Mitigation Agency": (G, ["BNPB"]),
    "Foreign Affairs Ministry": (G, []),
    "Singapore Armed Forces": (G, []),
    "Japan International Cooperation Agency": (G, ["JICA"]),
    "Democratic Party": (G, []),
    "National Assembly": (G, []),
    "Pacific Islands Forum": (G, ["Forum"]),
    "G20": (G, []),
}
