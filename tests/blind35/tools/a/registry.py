"""One type per canonical name over part A of blind35, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two articles are forms of one canonical name:
- Kim Jung-kwan (3401) / Kim Jeong-kwan (3400, in Governor Kemp's post on X);
- Abdul Hamid Dbeibah (3404) / Abdulhamid Al-Dbeibah (3403);
- Recep Tayyip Erdoğan (3403) / Recep Tayyip Erdogan (3404);
- Mohamed al-Menfi (3404) / Mohamed Al-Menfi (3403);
- Abdulghani al-Kikli (3404, nickname "Ghnewa") / Abdulghani Al-Kikli (3403, nickname "Ghaniwa");
- Akylbek Japarov (3409) / Akylbek Zhaparov (3408);
- Luiz Inácio Lula da Silva (canonical) / Luiz Inacio Lula da Silva (3406, the IANS copy without accents);
- António Guterres (canonical) / Antonio Guterres (3406);
- The Chosun Ilbo (canonical; 3402's question label) / Chosun Ilbo and Chosun.com (3401's copyright line).

Two people share a surname: Akylbek Japarov (head of the Kyrgyz cabinet, in calls) and President Sadyr
Japarov (3409, a telegram, no call). Neither has the bare "Japarov" as an alias, and the texts never use it.

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents and prime ministers; the Emir of Qatar; Mohamed al-Menfi (head of Libya's Presidential
Council, the collective head of state); the heads of government of Kazakhstan, Kyrgyzstan (Chairman of the
Cabinet of Ministers), Uzbekistan, Tajikistan, Russia and Belarus (as the prior sets typed Aripov and
Kasymaliev); Ronald Reagan (a former president, no call).
Persons: ministers (Cho Hyun, Kim Jung-kwan, Rubio, LeBlanc, Lutnick, Jaishankar, Faisal bin Farhan, Peters,
McClay, Goyal, Al-Baour, Abdelatty), a US state governor (Kemp), Canadian premiers (Ford, Eby, Smith), a
presidential adviser (Boulos), the UN Secretary-General and the UN envoy (Guterres, Tetteh), the Speaker of
Libya's House of Representatives (Aguila Saleh), Khalifa Haftar (as the priors typed him), a militia chief
(al-Kikli), spokespeople and chiefs of staff (Kang Yu-jung, Kang Hoon-sik), bylines and photo credits.
Bare titles ("the President", "the Prime Minister", "the head of the Cabinet") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: East Asia and North America
    "Lee Jae-myung": (L, ["President Lee Jae-myung", "South Korean President Lee Jae-myung", "Lee"]),
    "Donald Trump": (L, ["President Donald Trump", "U.S. President Donald Trump", "President Trump", "Trump"]),
    "Shigeru Ishiba": (L, ["Prime Minister Ishiba", "Ishiba"]),
    "Mark Carney": (L, ["Prime Minister Mark Carney", "Carney"]),
    "Ronald Reagan": (L, ["Reagan"]),
    "Anwar Ibrahim": (L, ["Malaysian Prime Minister Anwar Ibrahim", "Anwar"]),
    # ---------------- Leaders: Libya and the region
    "Abdul Hamid Dbeibah": (L, ["Prime Minister Abdul Hamid Dbeibah", "Abdulhamid Al-Dbeibah", "Al-Dbeibah",
                                "Dbeibah"]),
    "Recep Tayyip Erdoğan": (L, ["Turkish President Recep Tayyip Erdoğan", "Turkish President Recep Tayyip Erdogan",
                                 "Recep Tayyip Erdogan", "President Erdoğan", "Erdoğan", "Erdogan"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani"]),
    "Mohamed al-Menfi": (L, ["Mohamed Al-Menfi", "Al-Menfi", "al-Menfi"]),
    # ---------------- Leaders: South Asia, Oceania, the G20
    "Narendra Modi": (L, ["Prime Minister Narendra Modi", "PM Modi", "Modi"]),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin", "Putin"]),
    "Luiz Inácio Lula da Silva": (L, ["Brazilian President Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva",
                                      "Lula"]),
    "Abdel Fattah el-Sisi": (L, ["President Abdel Fattah el-Sisi"]),
    "Christopher Luxon": (L, ["Prime Minister Christopher Luxon", "Luxon"]),
    # ---------------- Leaders: Central Asia and the CIS heads of government
    "Olzhas Bektenov": (L, ["Prime Minister Olzhas Bektenov", "Bektenov"]),
    "Kassym-Jomart Tokayev": (L, ["President Kassym-Jomart Tokayev", "Tokayev"]),
    "Mikhail Mishustin": (L, ["Russian Prime Minister Mikhail Mishustin", "Mishustin"]),
    "Akylbek Japarov": (L, ["Akylbek Zhaparov", "Kyrgyz Cabinet Chairman Akylbek Zhaparov"]),
    "Sadyr Japarov": (L, ["President Sadyr Japarov"]),
    "Abdulla Aripov": (L, ["Uzbek Prime Minister Abdulla Aripov", "Aripov"]),
    "Kokhir Rasulzoda": (L, ["Tajik Prime Minister Kokhir Rasulzoda", "Rasulzoda"]),
    "Roman Golovchenko": (L, ["Belarusian Prime Minister Roman Golovchenko", "Golovchenko"]),
    # ---------------- Persons: ministers, officials, governors, premiers
    "Cho Hyun": (P, ["Foreign Minister Cho Hyun", "South Korean Foreign Minister Cho Hyun", "Cho"]),
    "Marco Rubio": (P, ["Secretary of State Marco Rubio", "U.S. Secretary of State Marco Rubio", "Secretary Rubio",
                        "Rubio"]),
    "Kim Jung-kwan": (P, ["Kim Jeong-kwan", "Minister Kim Jeong-kwan", "Minister Kim Jung-kwan"]),
    "Brian Kemp": (P, ["Gov. Brian Kemp", "Georgia Gov. Brian Kemp", "Kemp"]),
    "Kang Yu-jung": (P, []),
    "Kang Hoon-sik": (P, []),
    "Taher al-Baour": (P, ["Al-Taher Al-Baour", "Al-Baour"]),
    "Badr Abdelatty": (P, ["Egyptian Foreign Minister Badr Abdelatty", "Abdelatty"]),
    "Hanna Tetteh": (P, ["Tetteh"]),
    "Abdulghani al-Kikli": (P, ["Abdulghani Al-Kikli", "Ghaniwa", "Ghnewa"]),
    "Massad Boulos": (P, ["Boulos"]),
    "Aguila Saleh": (P, ["Speaker Aguila Saleh"]),
    "Khalifa Haftar": (P, ["Haftar"]),
    "Doug Ford": (P, ["Ontario Premier Doug Ford", "Ford"]),
    "David Eby": (P, ["British Columbia Premier David Eby"]),
    "Danielle Smith": (P, ["Alberta Premier Danielle Smith"]),
    "Dominic LeBlanc": (P, ["LeBlanc"]),
    "Howard Lutnick": (P, ["Commerce Secretary Howard Lutnick", "Lutnick"]),
    "António Guterres": (P, ["UN Secretary-General Antonio Guterres", "Antonio Guterres"]),
    "S. Jaishankar": (P, ["External Affairs Minister S. Jaishankar", "Jaishankar"]),
    "Faisal bin Farhan Al Saud": (P, ["Prince Faisal bin Farhan Al Saud",
                                      "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud"]),
    "Winston Peters": (P, ["Foreign Minister Winston Peters", "Peters"]),
    "Todd McClay": (P, ["Trade Minister Todd McClay", "McClay"]),
    "Piyush Goyal": (P, ["Commerce and Industry Minister Piyush Goyal", "Goyal"]),
    # bylines, editors, photo credits
    "Rosalind Pettway": (P, []),
    "Daniel Kwon-Harper": (P, []),
    "Dana Whitfield": (P, []),
    "Park Seo-yeon": (P, []),
    "Jung Min-ho": (P, []),
    "Han Ye-rin": (P, []),
    "Hadeel Ben Omran": (P, []),
    "Laura Dhillon": (P, []),
    "Mathieu Fortier-Gray": (P, []),
    "Noor Haddad-Ellis": (P, []),
    "Alice Marwick": (P, []),
    "Dana Omarova": (P, []),
    # ---------------- Outlets
    "The Atlanta Journal-Constitution": (O, ["AJC"]),
    "X": (O, []),
    "Hankook Ilbo": (O, []),
    "The Chosun Ilbo": (O, ["Chosun Ilbo", "The Chosun Daily", "Chosun.com"]),
    "Yonhap News Agency": (O, ["Yonhap"]),
    "KBS": (O, []),
    "Reuters": (O, []),
    "Arirang": (O, []),
    "The Libya Observer": (O, []),
    "Facebook": (O, []),
    "Anadolu": (O, ["Anadolu Agency"]),
    "Libya Herald": (O, []),
    "The Globe and Mail": (O, ["Globe and Mail"]),
    "Truth Social": (O, []),
    "The Canadian Press": (O, []),
    "Bloomberg": (O, ["Bloomberg L.P."]),
    "IANS": (O, []),
    "TASS": (O, []),
    "RNZ": (O, []),
    "1News": (O, ["TVNZ"]),
    "Khabar 24": (O, []),
    "Kabar": (O, []),
    "Telegram": (O, []),
    "24.kg": (O, ["24.kg news agency"]),
    # ---------------- Countries
    "South Korea": (C, ["Korea", "Korean", "South Korean", "Seoul"]),
    "United States": (C, ["U.S.", "US", "United States", "American", "Washington"]),
    "Japan": (C, ["Japanese", "Tokyo"]),
    "Libya": (C, ["Libyan"]),
    "Türkiye": (C, ["Turkey", "Turkish", "Ankara"]),
    "Qatar": (C, ["Qatari"]),
    "Egypt": (C, ["Egyptian", "Cairo"]),
    "Canada": (C, ["Canadian", "Ottawa"]),
    "Malaysia": (C, ["Malaysian"]),
    "India": (C, ["Indian"]),
    "Russia": (C, ["Russian"]),
    "Brazil": (C, ["Brazilian"]),
    "Saudi Arabia": (C, ["Saudi"]),
    "Ukraine": (C, []),
    "New Zealand": (C, ["NZ"]),
    "Kazakhstan": (C, ["Kazakh"]),
    "Kyrgyzstan": (C, ["Kyrgyz"]),
    "Uzbekistan": (C, ["Uzbek"]),
    "Tajikistan": (C, ["Tajik"]),
    "Belarus": (C, ["Belarusian"]),
    # ---------------- Organizations
    "Foreign Ministry": (G, []),
    "State Department": (G, []),
    "Homeland Security Investigations": (G, []),
    "Hyundai Motor Group": (G, ["Hyundai"]),
    "LG Energy Solution": (G, []),
    "UN General Assembly": (G, ["General Assembly"]),
    "Government of National Unity": (G, []),
    "Hakomitna": (G, []),
    "Ministry of Defence": (G, []),
    "Presidential Council": (G, []),
    "UN Support Mission in Libya": (G, ["UNSMIL"]),
    "Stability Support Apparatus": (G, []),
    "Special Deterrence Force": (G, ["Radaa"]),
    "Turkish Communications Directorate": (G, []),
    "House of Representatives": (G, []),
    "White House": (G, []),
    "Association of Southeast Asian Nations": (G, []),
    "Asia-Pacific Economic Cooperation": (G, []),
    "Ronald Reagan Presidential Foundation and Institute": (G, []),
    "G20": (G, []),
    "African Union": (G, []),
    "New Zealand First": (G, ["NZ First"]),
    "Labour": (G, []),
    "Mazhilis": (G, []),
    "Presidential Administration": (G, []),
    "Anti-Corruption Agency": (G, []),
    "Cabinet of Ministers": (G, []),
}
