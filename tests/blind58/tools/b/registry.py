"""One type per canonical name over part B of blind58, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Names written two ways across articles: "Sadyr Japarov" (4990, 4992) / "Sadyr Zhaparov" (4991, Kazinform's
transliteration); "Murhaf Abu Qasra" (4993, 4994) / "Marhaf Abu Qasra" (4995); "Ahmad al-Sharaa" (4993) /
"Ahmed al-Sharaa" (4994); "Hun Manet" (4998) / "Samdech Thipadei Hun Manet" (4999); "Hakainde Hichilema" / "HH" (4997).
Names with particles or compounds: "Khalid bin Salman", "Asaad Hassan al-Shaibani", "Netumbo Nandi-Ndaitwah",
"Selma Ashipala-Musavyi", "Reuben Mtolo Phiri", "Kassym-Jomart Tokayev".

Typing (blindset judgement 2: who is or was head of state or government is a Leader): presidents, prime ministers,
the former Turkmen president Gurbanguly Berdimuhamedov (chairman of the Halk Maslahaty), Thailand's acting prime
minister Phumtham Wechayachai. Persons: ministers (Nurtleu, Kulubaev, Menassa, Abu Qasra, al-Shaibani, Khalid bin
Salman, Ashipala-Musavyi, Butale, Mtolo Phiri, Rubio, Bui Thanh Son, Neth Pheaktra), the State House spokesman
Hamasaka, an invented analyst (Bakyt Ormonov) and the invented bylines.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # Leaders
    "Sadyr Japarov": (L, ["President Sadyr Japarov", "Japarov", "Sadyr Zhaparov", "Zhaparov"]),
    "Shavkat Mirziyoyev": (L, ["Uzbek President Shavkat Mirziyoyev", "Mirziyoyev"]),
    "Kassym-Jomart Tokayev": (L, ["Kazakh President Kassym-Jomart Tokayev", "Head of State Kassym-Jomart Tokayev", "Tokayev"]),
    "Emomali Rahmon": (L, ["Tajik President Emomali Rahmon", "Rahmon"]),
    "Ilham Aliyev": (L, ["Azerbaijani President Ilham Aliyev", "Aliyev"]),
    "Nikol Pashinyan": (L, ["Armenian Prime Minister Nikol Pashinyan", "Pashinyan"]),
    "Gurbanguly Berdimuhamedov": (L, ["Berdimuhamedov"]),
    "Ahmed al-Sharaa": (L, ["President Ahmed al-Sharaa", "Ahmad al-Sharaa", "Syrian President Ahmad al-Sharaa", "al-Sharaa"]),
    "Joseph Aoun": (L, ["President Joseph Aoun", "Aoun"]),
    "Nawaf Salam": (L, ["Prime Minister Nawaf Salam", "Lebanese Prime Minister Nawaf Salam", "Salam"]),
    "Netumbo Nandi-Ndaitwah": (L, ["President Netumbo Nandi-Ndaitwah", "Namibian President Netumbo Nandi-Ndaitwah",
                                   "Nandi-Ndaitwah"]),
    "Hakainde Hichilema": (L, ["Zambian President Hakainde Hichilema", "President Hakainde Hichilema", "Mr Hichilema",
                               "Hichilema", "HH"]),
    "Duma Boko": (L, ["Botswana President Duma Boko", "Boko"]),
    "João Lourenço": (L, ["Angolan President João Lourenço", "Lourenço"]),
    "Peter Mutharika": (L, ["President Peter Mutharika", "President Mutharika", "Mutharika"]),
    "Pham Minh Chinh": (L, ["PM Pham Minh Chinh", "Chinh"]),
    "Sonexay Siphandone": (L, ["Lao Prime Minister Sonexay Siphandone", "Sonexay"]),
    "Hun Manet": (L, ["Cambodian Prime Minister Hun Manet", "Samdech Thipadei Hun Manet"]),
    "Phumtham Wechayachai": (L, ["Phumtham"]),
    # Persons
    "Murat Nurtleu": (P, ["Nurtleu"]),
    "Zheenbek Kulubaev": (P, ["Kyrgyz Foreign Minister Zheenbek Kulubaev", "Kulubaev"]),
    "Ainura Satybaldieva": (P, []),
    "Bakyt Ormonov": (P, []),
    "Michel Menassa": (P, ["Defense Minister Michel Menassa", "Menassa"]),
    "Murhaf Abu Qasra": (P, ["Minister of Defense Murhaf Abu Qasra", "Marhaf Abu Qasra", "Abu Qasra"]),
    "Asaad al-Shaibani": (P, ["Syrian Foreign Minister Asaad al-Shaibani", "Asaad Hassan al-Shaibani", "al-Shaibani",
                              "Shaibani", "Al-Shaibani"]),
    "Khalid bin Salman": (P, ["Prince Khalid bin Salman"]),
    "Rami Khoury Haddad": (P, []),
    "Festus Nghifitikeko": (P, []),
    "Selma Ashipala-Musavyi": (P, ["Minister Selma Ashipala-Musavyi"]),
    "Phenyo Butale": (P, []),
    "Clayson Hamasaka": (P, ["Mr Hamasaka", "Hamasaka"]),
    "Reuben Mtolo Phiri": (P, []),
    "Marco Rubio": (P, ["U.S. Secretary of State Marco Rubio", "Rubio"]),
    "Bui Thanh Son": (P, ["Foreign Minister Bui Thanh Son"]),
    "Hoang Phuong": (P, []),
    "Neth Pheaktra": (P, []),
    # Outlets
    "24.kg": (O, ["24.kg news agency"]),
    "Telegram": (O, []),
    "Kabar": (O, ["Kabar news agency"]),
    "Kazinform": (O, ["KAZINFORM"]),
    "Eurasianet": (O, []),
    "Asia-Plus": (O, []),
    "L'Orient Today": (O, []),
    "X": (O, []),
    "Al-Akhbar": (O, []),
    "SANA": (O, []),
    "Annahar English": (O, ["Annahar"]),
    "LBCI": (O, []),
    "New Era": (O, ["New Era Publication Corporation"]),
    "Namibian Broadcasting Corporation": (O, ["NBC"]),
    "Facebook": (O, []),
    "The Mast": (O, []),
    "ZANIS": (O, []),
    "Vietnam News Agency": (O, []),
    "Khmer Times": (O, []),
    "Agence Kampuchea Presse": (O, ["AKP"]),
    # Organizations
    "Akorda": (G, []),
    "Halk Maslahaty": (G, []),
    "Harriman Institute": (G, []),
    "Lebanese Army": (G, []),
    "Hezbollah": (G, []),
    "Grand Serail": (G, []),
    "State House": (G, []),
    "African Union": (G, []),
    "SADC": (G, []),
    "ASEAN": (G, []),
    "General Border Committee": (G, []),
    # Countries
    "Kyrgyzstan": (C, ["Kyrgyz"]),
    "Uzbekistan": (C, ["Uzbek"]),
    "Kazakhstan": (C, ["Kazakh"]),
    "Tajikistan": (C, ["Tajik"]),
    "Azerbaijan": (C, ["Azerbaijani", "Baku"]),
    "Armenia": (C, ["Armenian"]),
    "Turkmenistan": (C, ["Turkmen"]),
    "Lebanon": (C, ["Lebanese"]),
    "Syria": (C, ["Syrian", "Damascus"]),
    "Saudi Arabia": (C, ["Saudi"]),
    "Namibia": (C, ["Namibian"]),
    "Zambia": (C, ["Zambian"]),
    "Botswana": (C, []),
    "Angola": (C, ["Angolan"]),
    "Malawi": (C, ["Malawian"]),
    "Vietnam": (C, ["Vietnamese", "Hanoi"]),
    "Laos": (C, ["Lao"]),
    "Cambodia": (C, ["Cambodian", "Phnom Penh"]),
    "Thailand": (C, ["Bangkok"]),
    "United States": (C, ["U.S.", "Washington"]),
}
