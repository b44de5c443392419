"""One type per canonical name over part A of blind25, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Canonical names follow the blindset where a person recurs there (Mohamed bin Zayed Al Nahyan,
Recep Tayyip Erdoğan, Abdel Fattah el-Sisi, Abdullah II of Jordan, S. Jaishankar, Yoon Suk Yeol,
Kassym-Jomart Tokayev, Shavkat Mirziyoyev, Kyodo News, Yonhap ...).

Names written two ways in two articles are forms of one canonical name:
- Mohamed bin Zayed (2400, The National) / Mohammed bin Zayed (2401, The Times of Israel);
- Abdel Fattah El Sisi (2400) / Abdel Fattah el-Sissi (2401);
- Shavkat Mirziyoyev (2402) / Shavkat Mirziyoev (2403);
- Subrahmanyam Jaishankar (2404, 2406) / S Jaishankar (2405);
- Yoon Suk-yeol (2407) / Yoon Suk Yeol (2408).

Typing (blindset judgement 2: people who are, were or became heads of state or government are
Leaders): the late Sheikh Khalifa; Sheikh Mohammed bin Rashid (Prime Minister of the UAE, and acting
head of state between Khalifa's death and the council's vote); the Amir of Kuwait; Isaac Herzog
(head of state); Yair Lapid (foreign minister and alternate prime minister in May 2022, prime minister
from 1 July 2022); the president-elect Yoon; the outgoing Moon Jae-in; Donald Trump in 2020 (president)
and 2024 (former president). Persons: Kamala Harris (vice-president, as in the blindset), foreign
ministers (Abdullah bin Zayed, Wang Yi, Jaishankar, Lavrov), spokespeople and ambassadors, Governor
Josh Shapiro and Mayor Bob Dandoy, the dead and the gunman of the Butler shooting, and the invented
bylines (Noa Reichman, Eleanor Ashworth, Park Ji-hoon).
Bare titles ("the prime minister", "the president-elect", "His Highness") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Gulf, Levant, Türkiye
    "Mohamed bin Zayed Al Nahyan": (L, ["Sheikh Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed bin Zayed",
                                        "President Sheikh Mohamed bin Zayed", "Mohamed bin Zayed", "Sheikh Mohamed",
                                        "Sheikh Mohammed bin Zayed", "Mohammed bin Zayed",
                                        "President Mohammed bin Zayed"]),
    "Khalifa bin Zayed Al Nahyan": (L, ["Sheikh Khalifa bin Zayed Al Nahyan", "Sheikh Khalifa bin Zayed",
                                        "Sheikh Khalifa", "Khalifa bin Zayed"]),
    "Mohammed bin Rashid Al Maktoum": (L, ["Sheikh Mohammed bin Rashid", "Mohammed bin Rashid"]),
    "Nawaf Al Ahmad Al Jaber Al Sabah": (L, ["Sheikh Nawaf Al Ahmad Al Jaber Al Sabah", "Sheikh Nawaf"]),
    "Recep Tayyip Erdoğan": (L, ["President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdogan", "Erdoğan"]),
    "Naftali Bennett": (L, ["Prime Minister Naftali Bennett", "Bennett"]),
    "Isaac Herzog": (L, ["President Isaac Herzog", "Herzog"]),
    "Yair Lapid": (L, ["Foreign Minister Yair Lapid", "Lapid"]),
    "Abdel Fattah el-Sisi": (L, ["President Abdel Fattah El Sisi", "Abdel Fattah El Sisi", "El Sisi",
                                 "Egyptian President Abdel Fattah el-Sissi", "Abdel Fattah el-Sissi",
                                 "President Sissi", "Sissi"]),
    "Abdullah II of Jordan": (L, ["King Abdullah II", "King Abdullah"]),
    # ---------------- Leaders: Central and South Asia
    "Shavkat Mirziyoyev": (L, ["President Shavkat Mirziyoyev", "Mirziyoyev", "Shavkat Mirziyoev", "Mirziyoev"]),
    "Kassym-Jomart Tokayev": (L, ["President Kassym-Jomart Tokayev", "Tokayev"]),
    "Sadyr Japarov": (L, ["Kyrgyz President Sadyr Japarov", "President Sadyr Japarov", "Japarov"]),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin", "Putin"]),
    "Narendra Modi": (L, ["Indian Prime Minister Narendra Modi", "Prime Minister Narendra Modi", "Mr Modi", "Modi"]),
    "Ilham Aliyev": (L, ["President Ilham Aliyev", "Aliyev"]),
    # ---------------- Leaders: East Asia, Oceania, North America, Europe
    "Yoon Suk Yeol": (L, ["President-elect Yoon Suk-yeol", "Yoon Suk-yeol", "President-elect Yoon Suk Yeol",
                          "President-elect Yoon", "Yoon"]),
    "Fumio Kishida": (L, ["Japanese Prime Minister Fumio Kishida", "Prime Minister Fumio Kishida", "Kishida"]),
    "Moon Jae-in": (L, ["President Moon Jae-in", "President Moon", "Moon"]),
    "Xi Jinping": (L, ["Chinese President Xi Jinping", "Xi"]),
    "Scott Morrison": (L, ["Australian Prime Minister Scott Morrison", "Morrison"]),
    "Boris Johnson": (L, ["British Prime Minister Boris Johnson"]),
    "Joe Biden": (L, ["US President Joe Biden", "President Joe Biden", "President Biden", "Biden"]),
    "Donald Trump": (L, ["Trump"]),
    # ---------------- Persons
    "Kamala Harris": (P, ["Vice President Kamala Harris"]),
    "Abdullah bin Zayed Al Nahyan": (P, ["Sheikh Abdullah bin Zayed", "Abdullah bin Zayed"]),
    "Noa Reichman": (P, []),
    "Wang Yi": (P, ["State Councilor and Foreign Minister Wang Yi", "Wang"]),
    "S. Jaishankar": (P, ["External Affairs Minister Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar",
                          "S Jaishankar", "Jaishankar"]),
    "Zhao Lijian": (P, []),
    "Sergey Lavrov": (P, ["Lavrov"]),
    "Mike Pompeo": (P, ["Pompeo"]),
    "Eleanor Ashworth": (P, []),
    "Kim Eun-hye": (P, []),
    "Xing Haiming": (P, ["Chinese Ambassador Xing Haiming"]),
    "Yoo Young-min": (P, []),
    "Park Ji-hoon": (P, []),
    "Josh Shapiro": (P, ["Gov. Josh Shapiro", "Shapiro"]),
    "Bob Dandoy": (P, ["Butler Mayor Bob Dandoy", "Dandoy"]),
    "Thomas Matthew Crooks": (P, []),
    "Corey Comperatore": (P, []),
    # ---------------- Outlets and platforms
    "The National": (O, []),
    "WAM": (O, ["Wam"]),
    "Twitter": (O, []),
    "Channel 12": (O, []),
    "Daryo": (O, ["Daryo.uz"]),
    "Kazinform": (O, []),
    "Telegram": (O, []),
    "Uzbekistan 24": (O, []),
    "Gazeta.uz": (O, []),
    "24.kg": (O, ["24.kg news agency"]),
    "Kabar": (O, ["Kabar news agency"]),
    "Xinhua": (O, ["Xinhua news agency"]),
    "China Daily": (O, []),
    "Hindustan Times": (O, ["HT"]),
    "The Interpreter": (O, ["THE INTERPRETER"]),
    "KBS": (O, []),
    "Kyodo News": (O, ["KYODO NEWS", "Kyodo"]),
    "Yonhap": (O, ["Yonhap News Agency"]),
    "KDKA-TV": (O, []),
    "X": (O, []),
    "Truth Social": (O, []),
    "Pittsburgh Post-Gazette": (O, ["Post-Gazette"]),
    # ---------------- Countries
    "United Arab Emirates": (C, ["UAE", "Emirates", "Emirati"]),
    "Türkiye": (C, ["Turkey"]),
    "Israel": (C, ["Israeli"]),
    "Kuwait": (C, ["State of Kuwait"]),
    "Egypt": (C, ["Egyptian"]),
    "Jordan": (C, []),
    "India": (C, ["Indian", "New Delhi"]),
    "United States": (C, ["US", "American", "Washington"]),
    "Uzbekistan": (C, ["Uzbek"]),
    "Kazakhstan": (C, ["Kazakh"]),
    "Russia": (C, ["Russian", "Moscow"]),
    "Kyrgyzstan": (C, ["Kyrgyz", "Bishkek"]),
    "China": (C, ["Chinese", "Beijing"]),
    "Australia": (C, ["Australian", "Canberra"]),
    "Azerbaijan": (C, []),
    "South Korea": (C, ["South Korean", "S. Korea", "Seoul"]),
    "North Korea": (C, []),
    "Japan": (C, ["Japanese", "Tokyo"]),
    "United Kingdom": (C, ["British"]),
    "Ukraine": (C, []),
    # ---------------- Organizations (never outlets)
    "Federal Supreme Council": (G, []),
    "Dubai Media Office": (G, []),
    "Prime Minister's Office (Israel)": (G, ["Prime Minister's Office"]),
    "Akorda": (G, []),
    "Jokargy Kenes": (G, []),
    "Prosecutor General's Office (Uzbekistan)": (G, ["Prosecutor General's Office"]),
    "Ministry of Foreign Affairs of Kyrgyzstan": (G, []),
    "Foreign Ministry (China)": (G, ["Foreign Ministry"]),
    "Ministry of External Affairs (India)": (G, ["ministry of external affairs"]),
    "Non-Aligned Movement": (G, []),
    "Lowy Institute": (G, []),
    "People Power Party": (G, []),
    "Cheong Wa Dae": (G, []),
    "White House": (G, []),
    "FBI": (G, []),
    "Secret Service": (G, []),
}
