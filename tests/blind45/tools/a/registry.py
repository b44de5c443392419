"""One type per canonical name over part A of blind45, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two or more ways across articles are forms of one canonical name:
- Béji Caïd Essebsi (4402) / Beji Caid Essebsi (4400, 4401; "Caid Essebsi" in 4401's headline);
- Abdel Fattah al-Sisi: "Abdel-Fattah El-Sisi", "El-Sisi" (4405, Ahram style) / "Abdel Fattah el-Sisi", "el-Sisi" (4406,
  APP style);
- Thomas Mulcair, written "Tom Mulcair" (4400);
- Mohamed bin Zayed Al Nahyan, written "Mohamed bin Zayed Al-Nahyan" (4405); Hamad bin Isa Al Khalifa, written
  "Hamad bin Isa Al-Khalifa"; Khalid bin Ahmed Al Khalifa, written "Khalid bin Ahmed Al-Khalifa"; Adel al-Jubeir,
  written "Adel Al-Jubeir" (all 4405);
- Khawaja Muhammad Asif / Khawaja Asif (both 4406); Joko Widodo (4403); Marie-Ève Lachance-Holt / MARIE-ÈVE LACHANCE-HOLT (4402's byline).

Typing (blindset judgement 2: people who are, were or later became heads of state or government are Leaders):
Leaders: presidents, prime ministers, kings and the emir in office on the dates given; Youssef Chahed and Abdelilah
Benkirane (heads of government; Benkirane was head of government-designate in January-February 2017); Mohamed bin
Zayed (Crown Prince of Abu Dhabi in 2017, President of the UAE from 2022); Jacinda Ardern (prime minister-elect on
20 October 2017, prime minister from 26 October); Bill English (outgoing prime minister); Li Keqiang (Premier of
China, head of government); Sooronbay Jeenbekov (sworn in on 24 November 2017).
Persons: ministers (Freeland, Jhinaoui, Goodale, Kelly, Bishop, Pato, Peters, Shoukry, al-Jubeir, Abdullah bin Zayed,
Khalid bin Ahmed, Khawaja Asif, Champagne, Motegi), opposition and party leaders (Ambrose, Mulcair, Pruaitch,
Shaw), a provincial premier (Couillard), a press secretary (Spicer), the governors-general (Cosgrove, Dadae: not
heads of state, as blind38 B typed Cosgrove) and the bylines (invented).
Bare titles ("the prime minister", "the President", "the Head of State") are never aliases. Bare "English" (Bill
English) is not an alias either: only "Mr English" and "Bill English".
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: the Quebec City mosque shooting (Sunday 29 January 2017)
    "Justin Trudeau": (L, ["Prime Minister Justin Trudeau", "Canadian Prime Minister Justin Trudeau",
                           "Prime Minister of Canada Justin Trudeau", "Mr Trudeau", "Mr. Trudeau", "Trudeau"]),
    "Donald Trump": (L, ["U.S. President Donald Trump", "US President Donald Trump", "Mr. Trump", "Trump"]),
    "Béji Caïd Essebsi": (L, ["Tunisian President Béji Caïd Essebsi", "President Beji Caid Essebsi", "Beji Caid Essebsi",
                              "Caïd Essebsi", "Caid Essebsi", "Essebsi"]),
    "Abdelmalek Sellal": (L, ["Algerian Prime Minister Abdelmalek Sellal", "Sellal"]),
    "Youssef Chahed": (L, ["Head of Government Youssef Chahed", "Chahed"]),
    "Abdelilah Benkirane": (L, ["Benkirane"]),
    # ---------------- Leaders: the Rawda mosque attack (Friday 24 November 2017)
    "Abdel Fattah al-Sisi": (L, ["President Abdel-Fattah El-Sisi", "Abdel-Fattah El-Sisi", "El-Sisi",
                                 "Abdel Fattah el-Sisi", "President el-Sisi", "el-Sisi", "Sisi"]),
    "Salman bin Abdulaziz": (L, ["King Salman bin Abdulaziz", "King Salman"]),
    "Sabah Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah"]),
    "Hamad bin Isa Al Khalifa": (L, ["King Hamad bin Isa Al-Khalifa", "Hamad bin Isa Al-Khalifa"]),
    "Abdullah II": (L, ["King Abdullah II"]),
    "Mohamed bin Zayed Al Nahyan": (L, ["Sheikh Mohamed bin Zayed Al-Nahyan", "Mohamed bin Zayed Al-Nahyan",
                                        "Mohamed bin Zayed"]),
    "Shahid Khaqan Abbasi": (L, ["Pakistani Prime Minister Shahid Khaqan Abbasi", "Prime Minister Shahid Khaqan Abbasi",
                                 "Abbasi"]),
    "Benjamin Netanyahu": (L, ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]),
    "Sooronbay Jeenbekov": (L, ["Mr Jeenbekov", "Jeenbekov"]),
    # ---------------- Leaders: the PNG Highlands earthquake (Monday 26 February 2018)
    "Peter O'Neill": (L, ["Prime Minister Peter O'Neill", "Mr O'Neill", "O'Neill"]),
    "Malcolm Turnbull": (L, ["Australia's Malcolm Turnbull", "Prime Minister Turnbull", "Mr Turnbull", "Turnbull"]),
    "Jacinda Ardern": (L, ["Prime Minister-elect Jacinda Ardern", "Rt Hon. Jacinda Ardern", "Ms Ardern", "Ardern"]),
    "Joko Widodo": (L, ["His Excellency Joko Widodo", "Jokowi"]),
    "Li Keqiang": (L, ["Chinese Premier Li Keqiang"]),
    # ---------------- Leaders: New Zealand's change of government (Thursday 19 October 2017) and the TPP
    "Bill English": (L, ["Mr English"]),
    "Shinzo Abe": (L, ["Japanese Prime Minister Shinzo Abe", "Abe"]),
    # ---------------- Persons: ministers, officials, party leaders, governors-general
    "Rona Ambrose": (P, ["Interim Conservative Leader Rona Ambrose", "Conservative interim leader Rona Ambrose",
                         "Ambrose"]),
    "Thomas Mulcair": (P, ["NDP Leader Tom Mulcair", "Tom Mulcair", "Mulcair"]),
    "Philippe Couillard": (P, ["Premier Philippe Couillard", "Couillard"]),
    "Sean Spicer": (P, ["press secretary Sean Spicer", "Spicer"]),
    "Khemaies Jhinaoui": (P, ["Minister of Foreign Affairs Khemaies Jhinaoui", "Mr Jhinaoui", "Jhinaoui"]),
    "Chrystia Freeland": (P, []),
    "Ralph Goodale": (P, ["Public Safety Minister Ralph Goodale"]),
    "John Kelly": (P, ["U.S. Homeland Security Secretary John Kelly"]),
    "Sameh Shoukry": (P, ["Foreign Minister Sameh Shoukry", "Egyptian Foreign Minister Sameh Shoukry", "Shoukry"]),
    "Adel al-Jubeir": (P, ["Adel Al-Jubeir"]),
    "Abdullah bin Zayed Al Nahyan": (P, ["Sheikh Abdullah bin Zayed", "Abdullah bin Zayed"]),
    "Khalid bin Ahmed Al Khalifa": (P, ["Sheikh Khalid bin Ahmed Al-Khalifa", "Khalid bin Ahmed Al-Khalifa"]),
    "Khawaja Muhammad Asif": (P, ["Foreign Minister Khawaja Muhammad Asif", "Khawaja Asif"]),
    "Bob Dadae": (P, ["Grand Chief Sir Bob Dadae", "Sir Bob Dadae"]),
    "Peter Cosgrove": (P, ["General Sir Peter Cosgrove", "Sir Peter Cosgrove"]),
    "Patrick Pruaitch": (P, ["Opposition Leader Patrick Pruaitch", "Mr Pruaitch", "Pruaitch"]),
    "Julie Bishop": (P, ["Foreign Minister Julie Bishop", "Australian Foreign Minister Julie Bishop", "Ms Bishop"]),
    "Rimbink Pato": (P, ["PNG Foreign Minister Rimbink Pato"]),
    "Winston Peters": (P, ["New Zealand Foreign Minister Winston Peters", "New Zealand First leader Winston Peters",
                           "Mr Peters"]),
    "James Shaw": (P, []),
    "François-Philippe Champagne": (P, ["International Trade Minister François-Philippe Champagne"]),
    "Toshimitsu Motegi": (P, []),
    # invented: bylines
    "Marie-Ève Lachance-Holt": (P, ["MARIE-ÈVE LACHANCE-HOLT"]),
    "Hemi Tautahi-Brown": (P, []),
    "Alana Forsythe-Mercier": (P, []),
    # ---------------- Outlets and platforms
    "CBC News": (O, []),
    "CNN": (O, []),
    "Facebook": (O, []),
    "Twitter": (O, []),
    "Tunis Afrique Presse": (O, ["TAP"]),
    "The Globe and Mail": (O, []),
    "Australian Associated Press": (O, ["AAP"]),
    "The National": (O, []),
    "EMTV": (O, []),
    "Xinhua": (O, []),
    "Ahram Online": (O, []),
    "Middle East News Agency": (O, ["MENA"]),
    "Ynet": (O, []),
    "Associated Press of Pakistan": (O, ["APP"]),
    "Pakistan Television": (O, ["PTV"]),
    "Radio New Zealand": (O, ["RNZ"]),
    "Newstalk ZB": (O, []),
    "Stuff": (O, []),
    "Newshub": (O, []),
    "The Australian": (O, []),
    "The Canadian Press": (O, []),
    "Reuters": (O, []),
    # ---------------- Countries (no demonyms: "The Australian" and "The National" are outlets)
    "Canada": (C, []),
    "United States": (C, ["U.S.", "Washington"]),
    "Tunisia": (C, []),
    "Algeria": (C, []),
    "Morocco": (C, []),
    "Guinea": (C, []),
    "Egypt": (C, ["Arab Republic of Egypt"]),
    "Saudi Arabia": (C, []),
    "Kuwait": (C, []),
    "Bahrain": (C, []),
    "Jordan": (C, []),
    "Pakistan": (C, []),
    "Israel": (C, []),
    "Kyrgyzstan": (C, ["Kyrgyz Republic"]),
    "Papua New Guinea": (C, ["PNG"]),
    "Australia": (C, []),
    "New Zealand": (C, []),
    "Indonesia": (C, ["Republic of Indonesia"]),
    "China": (C, []),
    "Japan": (C, []),
    "Vietnam": (C, []),
    # ---------------- Organizations
    "Islamic Cultural Centre of Quebec City": (G, ["Islamic Cultural Centre"]),
    "White House": (G, []),
    "Prime Minister's Office": (G, []),
    "Presidency of the Republic": (G, []),
    "Ministry of Foreign Affairs": (G, []),
    "Tunisian General Labour Union": (G, ["UGTT"]),
    "National Disaster Centre": (G, []),
    "Australian Defence Force": (G, []),
    "ExxonMobil": (G, ["ExxonMobil PNG"]),
    "Oil Search": (G, []),
    "Al-Azhar": (G, []),
    "New Zealand First": (G, []),
    "Green Party": (G, []),
    "National Party": (G, []),
    "Asia-Pacific Economic Cooperation": (G, ["APEC"]),
    "Trans-Pacific Partnership": (G, ["TPP"]),
}
