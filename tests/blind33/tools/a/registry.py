"""One type per canonical name over part A of blind33, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two articles are forms of one canonical name:
- Surangel Whipps Jr. (3200) / Surangel S. Whipps, Jr. (3201) / Surangel Whipps Jr (3209, no full stop);
- Meshal Al-Ahmad Al-Jaber Al-Sabah (3204, KUNA's spelling) / Mishal Al-Ahmad Al-Jaber Al-Sabah (3205);
- Abdullah Ali Al-Yahya (3204) / Abdullah Al Yahya (3205) / Abdullah Ali Alyahya (3206);
- Subrahmanyam Jaishankar (3204, "Dr. Subrahmanyam Jaishankar") / S Jaishankar (3205);
- Pushpa Kamal Dahal (3202, 3203) / Prachanda (3202 in a quoted post, 3203 in quotation marks);
- Lotay Tshering (3202) / Dr Lotay Tshering (3203);
- patronymic forms in 3207: Sadyr Nurgozhoevich (Japarov), Kassym-Jomart Kemelevich (Tokayev) and
  Vladimir Vladimirovich (Putin), each followed by the surname in editorial brackets except Japarov's.

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: King Mswati III of Eswatini (head of state); Lai Ching-te (vice-president and president-elect in April 2024, president from 20 May 2024);
Cho Jung-tai (premier-designate in April 2024, premier from 20 May 2024) and Chen Chien-jen (premier: the
President of the Executive Yuan heads Taiwan's government); Bidya Devi Bhandari (President of Nepal, head
of state); Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah (Kuwait's prime minister); the Emir of Kuwait.
Persons: ministers (Joseph Wu, Carlos Ramiro Martínez, Amit Shah, Rabi Lamichhane, a deputy prime
minister, Jaishankar, Al-Yahya, Manalo, Kirti Vardhan Singh, Sheikh Fahad Yousef Saud Al-Sabah, a first
deputy prime minister), security chiefs (Tashiev, Yatimov), a chief minister and a state minister of an
Indian state (Pinarayi Vijayan, Veena George), an ambassador (Adarsh Swaika), a US governor and an acting
governor (Josh Green, Sylvia Luke), a mayor (Bissen), members of Congress, the FEMA administrator, the Vice
President of the United States (Kamala Harris), spokespeople and bylines.
The King of Bhutan is not named ("His Majesty The King"), so he is no entity. Bare titles ("Lyonchhen",
"His Highness the Amir", "the Presidential Office", "the President") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Taiwan and its allies, Japan
    "Tsai Ing-wen": (L, ["President Tsai Ing-wen", "Tsai"]),
    "Surangel Whipps Jr.": (L, ["Surangel S. Whipps, Jr.", "Surangel Whipps Jr", "President Surangel S. Whipps, Jr.",
                                "Palauan President Surangel Whipps Jr", "Whipps"]),
    "Santiago Peña": (L, ["Paraguayan President Santiago Peña", "Peña"]),
    "Mswati III": (L, ["King Mswati III"]),
    "Hilda Heine": (L, ["Marshall Islands President Hilda Heine", "Heine"]),
    "Lai Ching-te": (L, ["Lai"]),
    "Feleti Teo": (L, ["Prime Minister Feleti Teo", "Teo"]),
    "Cho Jung-tai": (L, ["Premier-designate Cho Jung-tai"]),
    "Chen Chien-jen": (L, ["Premier Chen Chien-jen"]),
    "Bernardo Arévalo": (L, ["President Bernardo Arévalo"]),
    "Fumio Kishida": (L, ["Japanese Prime Minister Fumio Kishida", "Kishida"]),
    # ---------------- Leaders: South Asia, China
    "Pushpa Kamal Dahal": (L, ["Prime Minister Pushpa Kamal Dahal", "PM Dahal", "Dahal", "Prachanda", "PM Prachanda"]),
    "Lotay Tshering": (L, ["Dr Lotay Tshering", "Prime Minister Dr Lotay Tshering", "Bhutanese Prime Minister Lotay Tshering",
                           "Tshering"]),
    "Bidya Devi Bhandari": (L, ["President Bidya Devi Bhandari", "President Bhandari", "Bhandari"]),
    "Ibrahim Mohamed Solih": (L, ["Maldivian President Ibrahim Mohamed Solih", "Solih"]),
    "Li Keqiang": (L, ["Chinese Premier Li Keqiang"]),
    "Narendra Modi": (L, ["Indian Prime Minister Narendra Modi", "Prime Minister Narendra Modi", "PM Modi", "Modi"]),
    "Shehbaz Sharif": (L, ["Pakistani Prime Minister Shehbaz Sharif"]),
    "Ranil Wickremesinghe": (L, ["Sri Lankan President Ranil Wickremesinghe"]),
    # ---------------- Leaders: Kuwait, the Philippines
    "Meshal Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah", "Mishal Al-Ahmad Al-Jaber Al-Sabah",
                                              "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah"]),
    "Ahmad Abdullah Al-Ahmad Al-Sabah": (L, ["Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah"]),
    "Ferdinand Marcos Jr.": (L, ["President Ferdinand Marcos Jr."]),
    # ---------------- Leaders: Central Asia, Russia, United States
    "Sadyr Japarov": (L, ["President Sadyr Japarov", "Sadyr Nurgozhoevich", "Japarov"]),
    "Emomali Rahmon": (L, ["Rahmon"]),
    "Kassym-Jomart Tokayev": (L, ["Kassym-Jomart Kemelevich", "Tokayev"]),
    "Vladimir Putin": (L, ["Vladimir Vladimirovich", "Putin"]),
    "Joe Biden": (L, ["President Joe Biden", "Biden"]),
    # ---------------- Persons
    "Olivia Lin": (P, ["Presidential Office spokesperson Olivia Lin"]),
    "Joseph Wu": (P, ["Foreign Minister Joseph Wu"]),
    "Carlos Ramiro Martínez": (P, ["Guatemalan Foreign Minister Carlos Ramiro Martínez"]),
    "Hsu Wen-ting": (P, []),
    "Kao Chia-ming": (P, []),
    "Chiang Pei-wen": (P, []),
    "Amit Shah": (P, ["Indian Home Minister Amit Shah"]),
    "Rabi Lamichhane": (P, ["Deputy Prime Minister and Home Minister Rabi Lamichhane"]),
    "Subrahmanyam Jaishankar": (P, ["Dr. Subrahmanyam Jaishankar", "S Jaishankar", "External Affairs Minister S Jaishankar",
                                    "Jaishankar"]),
    "Abdullah Ali Al-Yahya": (P, ["Abdullah Al Yahya", "Abdullah Ali Alyahya", "Al-Yahya", "Alyahya"]),
    "Enrique Manalo": (P, ["Foreign Affairs Secretary Enrique Manalo", "Manalo"]),
    "Fahad Yousef Saud Al-Sabah": (P, ["Sheikh Fahad Yousef Saud Al-Sabah"]),
    "Kirti Vardhan Singh": (P, []),
    "Veena George": (P, ["State Health Minister Veena George"]),
    "Pinarayi Vijayan": (P, ["Chief Minister Pinarayi Vijayan"]),
    "Adarsh Swaika": (P, ["Indian Ambassador Adarsh Swaika"]),
    "Hans Leo Cacdac": (P, ["Migrant Workers Secretary Hans Leo Cacdac", "Cacdac"]),
    "Kamchybek Tashiev": (P, ["Tashiev"]),
    "Saymumin Yatimov": (P, ["Yatimov"]),
    "Josh Green": (P, ["Gov. Josh Green", "Green"]),
    "Sylvia Luke": (P, ["Lt. Gov. Sylvia Luke", "Luke"]),
    "Richard Bissen": (P, ["Maui Mayor Richard Bissen", "Bissen"]),
    "Brian Schatz": (P, []),
    "Mazie Hirono": (P, []),
    "Ed Case": (P, []),
    "Jill Tokuda": (P, []),
    "Deanne Criswell": (P, ["FEMA Administrator Deanne Criswell"]),
    "Kamala Harris": (P, ["Vice President Kamala Harris", "Harris"]),
    "Keoni Alapaʻi": (P, []),
    # ---------------- Outlets
    "Central News Agency": (O, ["CNA", "Taiwan's Central News Agency"]),
    "X": (O, []),
    "Facebook": (O, []),
    "Twitter": (O, []),
    "Island Times": (O, []),
    "Liberty Times": (O, []),
    "Republica": (O, []),
    "Nepal Television": (O, []),
    "Rastriya Samachar Samiti": (O, ["RSS"]),
    "Kuwait News Agency": (O, ["KUNA"]),
    "Onmanorama": (O, []),
    "ABS-CBN News": (O, []),
    "Kabar": (O, ["Kabar national news agency"]),
    "AKIpress": (O, ["AKIpress news agency"]),
    "CNN": (O, []),
    "Hawaii Public Radio": (O, []),
    "Associated Press": (O, ["The Associated Press"]),
    "Honolulu Civil Beat": (O, ["Civil Beat"]),
    # ---------------- Countries
    "Taiwan": (C, ["Taiwanese", "Republic of China (Taiwan)"]),
    "Palau": (C, ["Palauan"]),
    "Paraguay": (C, ["Paraguayan"]),
    "Eswatini": (C, []),
    "Guatemala": (C, ["Guatemalan"]),
    "Marshall Islands": (C, []),
    "Tuvalu": (C, []),
    "Japan": (C, ["Japanese"]),
    "Philippines": (C, ["Republic of the Philippines", "Filipino", "Filipinos"]),
    "China": (C, ["Chinese", "Beijing"]),
    "Nepal": (C, ["Nepalese"]),
    "Bhutan": (C, ["Bhutanese"]),
    "Maldives": (C, ["Maldivian"]),
    "India": (C, ["Indian", "Republic of India"]),
    "Pakistan": (C, ["Pakistani"]),
    "Sri Lanka": (C, ["Sri Lankan"]),
    "Argentina": (C, []),
    "Australia": (C, []),
    "France": (C, []),
    "Ireland": (C, []),
    "Kuwait": (C, ["Kuwaiti", "State of Kuwait"]),
    "Kyrgyzstan": (C, ["Kyrgyz"]),
    "Tajikistan": (C, ["Tajik"]),
    "Kazakhstan": (C, []),
    "Russia": (C, []),
    "United States": (C, ["U.S."]),
    # ---------------- Organizations
    "Presidential Office": (G, []),
    "Ministry of Foreign Affairs": (G, ["MOFA"]),
    "Central Emergency Operation Center": (G, []),
    "Office of the President": (G, []),
    "National Emergency Management Office": (G, []),
    "Palau Red Cross Society": (G, []),
    "Yeti Airlines": (G, []),
    "Prime Minister's Secretariat": (G, []),
    "Prime Minister's Office": (G, []),
    "Home Ministry": (G, []),
    "Ministry of Interior": (G, []),
    "NORKA Roots": (G, []),
    "Chief Minister's Office": (G, []),
    "Department of Foreign Affairs": (G, ["DFA"]),
    "Department of Migrant Workers": (G, ["DMW"]),
    "Overseas Workers Welfare Administration": (G, []),
    "Presidential Communications Office": (G, []),
    "Public Authority for Manpower": (G, []),
    "CSTO": (G, []),
    "State Committee for National Security": (G, []),
    "Ministry of Health": (G, []),
    "FEMA": (G, []),
    "White House": (G, []),
    "Hawaii National Guard": (G, []),
    "Honolulu Police Department": (G, []),
    "United Nations General Assembly": (G, ["UN General Assembly"]),
}
