"""One type per canonical name over part A of blind50, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Canonical names follow the first blind set's gold where it has the person or outlet (Abdel Fattah el-Sisi, Abiy Ahmed,
Anthony Albanese, Anwar Ibrahim, Lawrence Wong, Prabowo Subianto, Claudia Sheinbaum, Mark Carney, Donald Trump,
William Ruto, Benjamin Netanyahu, Tsai Ing-wen, Facebook, X, EFE, Antara, Bernama, RNZ, Reuters, The Straits Times,
The EastAfrican).

Names written two ways: Abdel-Fattah El-Sisi (4823) / Abdel Fattah al-Sisi (4824, 4825); Abdel-Fattah Al-Burhan (4823)
/ Abdel Fattah al-Burhan (4824, 4825); Moustafa Madbouly (4823) / Mostafa Madbouly (4824); Kamil Idris (4823) / Kamil
El-Tayeb Idris (4824); Bernardo Arévalo de León (4826) / Bernardo Arevalo (4827); Ahmad al-Sharaa (4828, canonical
Ahmed al-Sharaa); Walid Joumblatt (4828, canonical Walid Jumblatt); Surangel Whipps Jr (4829, canonical with a period).
Typing (blindset judgement 2): heads of state or government, past, interim, elected or future, are Leaders:
Sultan Ibrahim (King of Malaysia), al-Burhan (chairman of Sudan's Transitional Sovereignty Council, head of state),
Kamil Idris (prime minister), Lai Ching-te (vice-president and president-elect in January 2024), David Adeang,
Kausea Natano. Persons: ministers (Mohamad Hasan, Balakrishnan, Sugiono, Abdelatty, Tien Chung-kwang), the UN
Secretary-General, the leader of the opposition (Pritam Singh), Mexican state governors (Nahle, Armenta, Menchaca),
the US ambassador (Ronald Johnson), Druze leaders and religious figures (Walid and Taymour Jumblatt, al-Hijri, Tarif)
and the bylines.
"""
L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"
REG = {
    # --- leaders: Singapore GE2025
    "Lawrence Wong": (L, ["PM Lawrence Wong", "PM Wong", "Mr Wong", "Wong", "Prime Minister Lawrence Wong",
                          "Prime Minister Wong", "Singapore PM Wong"]),
    "Anwar Ibrahim": (L, ["Malaysian Prime Minister Anwar Ibrahim", "Datuk Seri Anwar", "Datuk Seri Anwar Ibrahim",
                          "Prime Minister Datuk Seri Anwar Ibrahim", "Anwar", "Mr Anwar", "PM Anwar"]),
    "Anthony Albanese": (L, ["Australian Prime Minister Anthony Albanese", "Mr Albanese", "Albanese"]),
    "Prabowo Subianto": (L, ["Indonesian President Prabowo Subianto", "President Prabowo Subianto", "Prabowo"]),
    "Sultan Ibrahim": (L, ["His Majesty Sultan Ibrahim", "Sultan Ibrahim ibni Almarhum Sultan Iskandar"]),
    # --- leaders: GERD
    "Abdel Fattah el-Sisi": (L, ["President Abdel-Fattah El-Sisi", "Abdel-Fattah El-Sisi", "El-Sisi",
                                 "Egyptian President Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi",
                                 "President Abdel Fattah al-Sisi", "Sisi"]),
    "Abdel Fattah al-Burhan": (L, ["Abdel-Fattah Al-Burhan", "Al-Burhan", "Abdel Fattah al-Burhan", "al-Burhan",
                                   "Burhan"]),
    "Mostafa Madbouly": (L, ["Prime Minister Moustafa Madbouly", "Moustafa Madbouly", "Madbouly"]),
    "Kamil Idris": (L, ["Sudanese Prime Minister Kamil El-Tayeb Idris", "Kamil El-Tayeb Idris", "Idris"]),
    "Abiy Ahmed": (L, ["Ethiopian Prime Minister Abiy Ahmed", "Abiy"]),
    "Yoweri Museveni": (L, ["Museveni"]),
    "William Ruto": (L, ["President William Ruto", "Ruto"]),
    # --- leaders: Mexico floods
    "Claudia Sheinbaum": (L, ["President Claudia Sheinbaum", "Sheinbaum", "Claudia Sheinbaum Pardo"]),
    "Bernardo Arévalo": (L, ["Guatemalan President Bernardo Arévalo de León", "Bernardo Arévalo de León", "Arévalo",
                             "President Bernardo Arevalo", "Bernardo Arevalo", "Arevalo"]),
    "José Raúl Mulino": (L, ["President José Raúl Mulino", "Mulino"]),
    "Mark Carney": (L, ["Prime Minister Mark Carney", "Carney"]),
    "Donald Trump": (L, ["U.S. President Donald Trump", "Trump"]),
    # --- leaders: Sweida
    "Ahmed al-Sharaa": (L, ["President Ahmad al-Sharaa", "Ahmad al-Sharaa", "al-Sharaa", "Sharaa"]),
    "Nawaf Salam": (L, ["Prime Minister Nawaf Salam", "Salam"]),
    "Joseph Aoun": (L, ["President Joseph Aoun", "Aoun"]),
    "Benjamin Netanyahu": (L, ["Netanyahu"]),
    # --- leaders: Pacific allies of Taiwan
    "Lai Ching-te": (L, ["President-elect Lai", "Lai"]),
    "Surangel Whipps Jr.": (L, ["Palau's President Surangel Whipps Jr", "Surangel Whipps Jr", "Whipps"]),
    "Hilda Heine": (L, ["President Hilda Heine", "Heine"]),
    "Kausea Natano": (L, ["Prime Minister Kausea Natano", "Natano"]),
    "David Adeang": (L, ["President David Adeang", "Adeang"]),
    "Tsai Ing-wen": (L, ["President Tsai Ing-wen"]),
    # --- persons
    "Pritam Singh": (P, ["Mr Pritam Singh"]),
    "Mohamad Hasan": (P, ["Foreign Minister Datuk Seri Mohamad Hasan", "Datuk Seri Mohamad Hasan"]),
    "Vivian Balakrishnan": (P, ["Dr Vivian Balakrishnan"]),
    "Sugiono": (P, ["Foreign Minister Sugiono"]),
    "Badr Abdelatty": (P, ["Foreign Minister Badr Abdelatty", "Abdelatty"]),
    "António Guterres": (P, ["UN Secretary-General António Guterres", "Guterres"]),
    "Rocío Nahle": (P, ["Veracruz Governor Rocío Nahle"]),
    "Alejandro Armenta": (P, ["Puebla Governor Alejandro Armenta"]),
    "Julio Menchaca": (P, ["Hidalgo Governor Julio Menchaca"]),
    "Ronald Johnson": (P, []),
    "Walid Jumblatt": (P, ["Walid Joumblatt", "Joumblatt"]),
    "Taymour Jumblatt": (P, ["Taymour"]),
    "Hikmat al-Hijri": (P, ["Sheikh Hikmat al-Hijri"]),
    "Mowafaq Tarif": (P, ["Sheikh Mowafaq Tarif", "Sheikh Tarif"]),
    "Tien Chung-kwang": (P, []),
    # bylines and staff lines (invented)
    "Melissa Quek Li Ting": (P, []), "Harith Zulkarnain": (P, []), "Devika Pereira-Nathan": (P, []),
    "Dwi Anggraeni Saputri": (P, []), "Heru Wicaksono Tambunan": (P, []),
    "Wanjiru Kamau-Osoro": (P, ["WANJIRU KAMAU-OSORO"]), "Tomasz Ibarra-Lindqvist": (P, []),
    # --- outlets and platforms
    "The Straits Times": (O, ["ST"]),
    "Facebook": (O, []),
    "Bernama": (O, []),
    "Antara": (O, ["ANTARA"]),
    "TVRI": (O, []),
    "Ahram Online": (O, []),
    "Sudan Tribune": (O, []),
    "Sudan News Agency": (O, ["SUNA"]),
    "The EastAfrican": (O, []),
    "NBS Television": (O, []),
    "Al-Ain News": (O, []),
    "X": (O, []),
    "EFE": (O, []),
    "Prensa Libre": (O, []),
    "Mexico News Daily": (O, []),
    "Milenio": (O, []),
    "CBC": (O, []),
    "El Universal": (O, []),
    "Reuters": (O, []),
    "L'Orient Today": (O, []),
    "Channel 12": (O, []),
    "RNZ": (O, ["RNZ Pacific", "Radio New Zealand"]),
    "Marshall Islands Journal": (O, []),
    # --- countries
    "Singapore": (C, ["Singaporean"]), "Malaysia": (C, ["Malaysian"]), "Indonesia": (C, ["Indonesian"]),
    "Australia": (C, ["Australian"]),
    "Egypt": (C, ["Egyptian"]), "Sudan": (C, ["Sudanese"]), "Ethiopia": (C, ["Ethiopian"]), "Qatar": (C, []),
    "Uganda": (C, []), "Kenya": (C, []), "United Arab Emirates": (C, ["UAE"]),
    "Mexico": (C, ["Mexican"]), "Guatemala": (C, ["Guatemalan"]), "Panama": (C, ["Panamanian"]),
    "Canada": (C, ["Canadian"]), "United States": (C, ["U.S."]),
    "Syria": (C, ["Syrian"]), "Lebanon": (C, ["Lebanese"]), "Israel": (C, ["Israeli"]),
    "Taiwan": (C, []), "Palau": (C, []), "Marshall Islands": (C, []), "Tuvalu": (C, []), "Nauru": (C, []),
    "China": (C, ["People's Republic of China"]),
    # --- organizations
    "Prime Minister's Office": (G, ["PMO"]), "People's Action Party": (G, ["PAP"]), "Workers' Party": (G, ["WP"]),
    "Elections Department": (G, ["ELD"]),
    "Wisma Putra": (G, []), "Istana Negara": (G, []), "Presidential Secretariat": (G, []),
    "Transitional Sovereignty Council": (G, ["Sovereignty Council"]), "UN Security Council": (G, ["Security Council"]),
    "World Intellectual Property Organization": (G, []), "Rapid Support Forces": (G, ["RSF"]),
    "State House": (G, []), "Addis Ababa University": (G, []),
    "National Civil Protection Coordination": (G, []),
    "Progressive Socialist Party": (G, []),
    "Democratic Progressive Party": (G, []), "Presidential Office": (G, []),
}
