"""One type per canonical name over part B of blind44, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Canonical names follow the blindset's registry where it has the person (Abdel Fattah el-Sisi, Abdullah II of Jordan,
Salman bin Abdulaziz Al Saud, Recep Tayyip Erdoğan, S. Jaishankar, Associated Press, Saudi Press Agency, Anadolu Agency).

Names written two or more ways across the articles are forms of one canonical name:
- Recep Tayyip Erdoğan / "Recep Tayyip Erdogan", "Erdogan" (4310, WAFA copy without the breve) / "Erdoğan" (4312);
- Nabil Abu Rudeineh (4310, WAFA) / "Nabil Abu Rdeneh", "Abu Rdeneh" (4311, AP spelling);
- Abdel Fattah el-Sisi / "Abdel-Fattah el-Sissi", "El-Sissi", "el-Sissi" (4311, AP spelling);
- Sadyr Japarov (4313) / "Sadir Japarov" (4314, UzA) / "Sadyr Zhaparov", "Zhaparov" (4315, The Astana Times);
- Shavkat Mirziyoyev (4313, 4314) / "Shavkat Mirziyoev", "Mirziyoev" (4315);
- Sooronbay Jeenbekov / "Sooronbai Jeenbekov" (4313, 4315); Kanat Isayev / "Kanat Isaev", "Isaev" (4313, 4315);
- Prayut Chan-o-cha (4317, Bangkok Post) / "General Prayuth Chan-ocha" (4316, the Lao statement);
- Thongloun Sisoulith / "Prime Minister Thongloun", "Mr Thongloun";
- Hun Sen / "Samdech Techo Hun Sen" (4316).

Typing (the blindset's judgement 2: people who are or were heads of state or government are Leaders):
Leaders: presidents, prime ministers, kings and the emir in office; Pope Francis (head of state of the Vatican City
State); Sadyr Japarov (prime minister from 14 October 2020, acting president from 16 October 2020); Sooronbay
Jeenbekov (resigned on 15 October 2020; no call); Xi Jinping, Shinzo Abe and Fumio Kishida (named, no call).
Persons: spokespeople (Nabil Abu Rudeineh, Sarah Huckabee Sanders, Bassam Radi, Heather Nauert, İbrahim Kalın, Dmitry
Peskov, Berik Uali), ministers (Rex Tillerson, Ayman Safadi, Mevlüt Çavuşoğlu, Abdulaziz Kamilov, Mukhtar Tileuberdi,
Saleumxay Kommasith, Kang Kyung-wha, Don Pramudwinai, Dan Tehan, Piyush Goyal, Marise Payne, S. Jaishankar), the
parliamentary speaker who declined the acting presidency (Kanat Isayev), a Kremlin official (Dmitry Kozak), a high
commissioner (Barry O'Farrell) and the invented bylines (Thomas Brennan-Adler, Selin Akarsu-Demir, Zhanna
Kuanyshbekova, Phonesavanh Keomany, Hamish Corbett-Ryan, Aparna Venkataraman-Pillai).
Bare titles ("the President", "the Head of State", "the Lao leader") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Jerusalem, December 2017 (4310-4312)
    "Mahmoud Abbas": (L, ["Palestinian President Mahmoud Abbas", "President Mahmoud Abbas", "President Abbas", "Abbas"]),
    "Donald Trump": (L, ["US President Donald Trump", "U.S. President Donald Trump", "President Donald Trump", "Trump"]),
    "Abdullah II of Jordan": (L, ["His Majesty King Abdullah II", "Jordan's King Abdullah II", "King Abdullah II",
                                 "Abdullah II"]),
    "Recep Tayyip Erdoğan": (L, ["Turkish President Recep Tayyip Erdogan", "President Recep Tayyip Erdoğan",
                                 "Recep Tayyip Erdogan", "Erdoğan", "Erdogan"]),
    "Mohammed VI": (L, ["His Majesty King Mohammed VI", "King Mohammed VI"]),
    "Abdel Fattah el-Sisi": (L, ["Egyptian President Abdel-Fattah el-Sissi", "Abdel-Fattah el-Sissi", "El-Sissi",
                                 "el-Sissi"]),
    "Benjamin Netanyahu": (L, ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]),
    "Salman bin Abdulaziz Al Saud": (L, ["Saudi Arabia's King Salman", "King Salman"]),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin", "President Vladimir Putin", "Putin"]),
    "Pope Francis": (L, []),
    "Tamim bin Hamad Al Thani": (L, ["Emir Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani"]),
    # ---------------- Leaders: Kyrgyzstan, October 2020 (4313-4315)
    "Sadyr Japarov": (L, ["Sadir Japarov", "Sadyr Zhaparov", "Zhaparov", "Japarov"]),
    "Sooronbay Jeenbekov": (L, ["Sooronbai Jeenbekov", "Jeenbekov"]),
    "Shavkat Mirziyoyev": (L, ["Uzbek President Shavkat Mirziyoyev", "Uzbek President Shavkat Mirziyoev",
                               "Shavkat Mirziyoev", "Mirziyoev", "Mirziyoyev"]),
    "Kassym-Jomart Tokayev": (L, ["Kazakh President Kassym-Jomart Tokayev", "President Kassym-Jomart Tokayev",
                                  "Tokayev"]),
    # ---------------- Leaders: Attapeu, July 2018 (4316-4317)
    "Thongloun Sisoulith": (L, ["Prime Minister Thongloun Sisoulith", "Prime Minister Thongloun", "Mr Thongloun",
                                "Thongloun"]),
    "Prayut Chan-o-cha": (L, ["Prime Minister Prayut Chan-o-cha", "General Prayuth Chan-ocha", "Prayuth Chan-ocha",
                              "Gen Prayut", "Prayut"]),
    "Nguyen Xuan Phuc": (L, []),
    "Hun Sen": (L, ["Cambodian Prime Minister Samdech Techo Hun Sen", "Samdech Techo Hun Sen"]),
    "Xi Jinping": (L, ["President Xi Jinping"]),
    "Shinzo Abe": (L, ["Prime Minister Shinzo Abe"]),
    # ---------------- Leaders: India and Australia, March 2022 (4318-4319)
    "Scott Morrison": (L, ["Prime Minister Scott Morrison", "Prime Minister Morrison", "Mr Morrison", "Mr. Morrison",
                           "Morrison"]),
    "Narendra Modi": (L, ["Prime Minister Modi", "Mr Modi", "Mr. Modi", "Modi"]),
    "Fumio Kishida": (L, ["Japanese Prime Minister Fumio Kishida"]),
    # ---------------- Persons
    "Nabil Abu Rudeineh": (P, ["Nabil Abu Rdeneh", "Abu Rudeineh", "Abu Rdeneh"]),
    "Sarah Huckabee Sanders": (P, []),
    "Bassam Radi": (P, []),
    "Rex Tillerson": (P, ["Secretary of State Rex Tillerson", "Tillerson"]),
    "Ayman Safadi": (P, ["Jordanian Foreign Minister Ayman Safadi"]),
    "Heather Nauert": (P, []),
    "Thomas Brennan-Adler": (P, ["THOMAS BRENNAN-ADLER"]),
    "Selin Akarsu-Demir": (P, []),
    "İbrahim Kalın": (P, ["Ibrahim Kalin", "Kalın"]),
    "Mevlüt Çavuşoğlu": (P, ["Foreign Minister Mevlüt Çavuşoğlu", "Çavuşoğlu"]),
    "Kanat Isayev": (P, ["Kanat Isaev", "Isaev"]),
    "Dmitry Peskov": (P, ["Kremlin spokesman Dmitry Peskov", "Peskov"]),
    "Dmitry Kozak": (P, ["Kozak"]),
    "Abdulaziz Kamilov": (P, []),
    "Mukhtar Tileuberdi": (P, []),
    "Berik Uali": (P, ["Uali"]),
    "Zhanna Kuanyshbekova": (P, []),
    "Saleumxay Kommasith": (P, []),
    "Kang Kyung-wha": (P, []),
    "Phonesavanh Keomany": (P, []),
    "Don Pramudwinai": (P, ["Foreign Minister Don Pramudwinai"]),
    "Dan Tehan": (P, ["Trade Minister Dan Tehan", "Mr Tehan"]),
    "Piyush Goyal": (P, ["Commerce Minister Piyush Goyal"]),
    "Hamish Corbett-Ryan": (P, []),
    "Marise Payne": (P, ["Foreign Minister Marise Payne", "Ms. Payne"]),
    "S. Jaishankar": (P, ["External Affairs Minister S. Jaishankar", "Jaishankar"]),
    "Barry O'Farrell": (P, []),
    "Aparna Venkataraman-Pillai": (P, []),
    # ---------------- Outlets
    "WAFA": (O, ["WAFA – Palestine News & Info Agency"]),
    "Voice of Palestine": (O, []),
    "Associated Press": (O, ["The Associated Press", "AP"]),
    "Petra": (O, []),
    "Saudi Press Agency": (O, ["SPA"]),
    "Anadolu Agency": (O, ["Anadolu"]),
    "TRT": (O, []),
    "Al-Akhbar": (O, []),
    "Radio Free Europe/Radio Liberty": (O, ["RFE/RL"]),
    "Azattyk": (O, []),
    "KTRK": (O, []),
    "Kaktus.media": (O, []),
    "Kommersant": (O, []),
    "Facebook": (O, []),
    "UzA": (O, []),
    "Khabar 24": (O, []),
    "Thai News Agency": (O, []),
    "Lao News Agency": (O, ["KPL"]),
    "Twitter": (O, []),
    "Hindustan Times": (O, ["The Hindustan Times"]),
    "Press Trust of India": (O, ["PTI"]),
    "The Australian": (O, []),
    # ---------------- Countries
    "United States": (C, ["U.S.", "US", "Washington"]),
    "Palestine": (C, ["Palestinian"]),
    "Israel": (C, ["Israeli"]),
    "Jordan": (C, ["Jordanian"]),
    "Egypt": (C, ["Egyptian"]),
    "Saudi Arabia": (C, ["Saudi", "Riyadh"]),
    "Turkey": (C, ["Turkish", "Ankara"]),
    "Morocco": (C, []),
    "Russia": (C, ["Russian", "Moscow"]),
    "Qatar": (C, []),
    "Kyrgyzstan": (C, ["Kyrgyz Republic", "Kyrgyz", "Bishkek"]),
    "Uzbekistan": (C, ["Uzbek"]),
    "Kazakhstan": (C, ["Kazakh"]),
    "Laos": (C, ["Lao PDR", "Lao"]),
    "Thailand": (C, ["Thai"]),
    "Vietnam": (C, []),
    "Cambodia": (C, ["Cambodian"]),
    "China": (C, []),
    "Japan": (C, ["Japanese"]),
    "South Korea": (C, ["Republic of Korea"]),
    "Australia": (C, ["Australian", "Canberra"]),
    "India": (C, ["Indian", "New Delhi", "Delhi"]),
    "Ukraine": (C, []),
    # ---------------- Organizations
    "White House": (G, []),
    "Royal Hashemite Court": (G, ["Jordan's Royal Court", "Royal Court"]),
    "State Department": (G, []),
    "NATO": (G, []),
    "Al-Quds Committee": (G, []),
    "Organisation of Islamic Cooperation": (G, ["OIC"]),
    "Kremlin": (G, []),
    "Akorda": (G, []),
    "State Customs Committee (Uzbekistan)": (G, ["State Customs Committee"]),
    "Prime Minister's Office (Laos)": (G, ["Prime Minister's Office", "PRIME MINISTER'S OFFICE"]),
    "Ministry of Foreign Affairs (Laos)": (G, ["Ministry of Foreign Affairs"]),
    "Government House (Thailand)": (G, ["Government House"]),
    "Ratchaburi Electricity Generating Holding": (G, []),
    "SK Engineering & Construction": (G, []),
    "United Nations": (G, []),
    "Quad": (G, []),
}
