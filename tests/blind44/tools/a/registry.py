"""One type per canonical name over part A of blind44, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two or more ways across articles are forms of one canonical name:
- Miguel Díaz-Canel (4300, 4302) / Miguel Diaz-Canel (4301, Reuters without accents);
- Andrés Manuel López Obrador (4300, 4302) / Andres Manuel Lopez Obrador (4301);
- Nicolás Maduro (4300) / Nicolas Maduro (4301);
- Shehbaz Sharif (4304, "Muhammad Shehbaz Sharif" in the PMO statement) / Shahbaz Sharif (4303);
- Ioannis Sarmas (4303, 4304's statement) / Yannis Sarmas (4304's intro);
- Roch Marc Christian Kaboré (4306) / Roch Marc Christian Kabore (4305, AFP without accents) / Roch Kaboré (4307);
- Krišjānis Kariņš (4308) / Krisjanis Karins (4309);
- Faure Gnassingbé, written "Faure Gnassingbe" (4305); Lars Løkke Rasmussen, written "Lars Lokke Rasmussen" (4309);
- Bruno Rodríguez Parrilla, written "Bruno Rodriguez" (4301); Rémis Fulgance Dandjinou, written "Remis Dandjinou" (4305).

Typing (blindset judgement 2: people who are, were or later became heads of state or government are Leaders):
Leaders: presidents, prime ministers and the King of Morocco in office on the dates given; Ioannis Sarmas (caretaker
prime minister of Greece, May-June 2023); Krišjānis Kariņš (prime minister-designate on 20 January 2019, prime minister
from 23 January); Manuel Marrero Cruz (prime minister of Cuba); Katerina Sakellaropoulou (president of Greece); former
heads of government or state Alexis Tsipras and Blaise Compaoré; and two people who held no such office on the
article's date but later did: Edgars Rinkēvičs (foreign minister of Latvia in 2019, president from July 2023) and Ulf
Kristersson (Moderate leader in 2019, prime minister of Sweden from October 2022). See README "Doubtful".
Persons: ministers (Albares, Rodríguez Parrilla, Ebrard, Blinken, Bilawal Bhutto Zardari, Kaskarelis, Le Drian,
Alpha Barry, Wallström, Abdul-Hamid, Dandjinou), the President of the European Commission (von der Leyen), the
chairperson of the AU Commission (Faki), a party leader who never governed (Åkesson), the Speaker of the Riksdag
(Norlén) and the bylines (invented).
Bare titles ("the prime minister", "the president", "the King") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: the Hotel Saratoga explosion (Havana, Friday 6 May 2022)
    "Miguel Díaz-Canel": (L, ["Cuban President Miguel Díaz-Canel", "Miguel Diaz-Canel", "Cuban President Miguel Diaz-Canel",
                              "Díaz-Canel", "Diaz-Canel"]),
    "Andrés Manuel López Obrador": (L, ["Mexico's President Andrés Manuel López Obrador",
                                        "Mexican President Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador",
                                        "President López Obrador", "López Obrador", "Lopez Obrador", "AMLO"]),
    "Luis Arce": (L, ["Bolivia's President Luis Arce", "Bolivian President Luis Arce", "Arce"]),
    "Nicolás Maduro": (L, ["Venezuelan President Nicolás Maduro", "Venezuelan President Nicolas Maduro", "Nicolas Maduro",
                           "Maduro"]),
    "Manuel Marrero Cruz": (L, ["Prime Minister Manuel Marrero Cruz"]),
    "Alberto Fernández": (L, ["Alberto Fernandez"]),
    "Joe Biden": (L, ["U.S. President Joe Biden", "Biden"]),
    # ---------------- Leaders: the Pylos shipwreck (Wednesday 14 June 2023)
    "Ioannis Sarmas": (L, ["Caretaker Prime Minister Ioannis Sarmas", "Mr. Ioannis Sarmas", "Yannis Sarmas",
                           "Prime Minister Yannis Sarmas", "Prime Minister Sarmas", "PM Sarmas", "Sarmas"]),
    "Shehbaz Sharif": (L, ["Prime Minister Shehbaz Sharif", "Prime Minister Muhammad Shehbaz Sharif",
                           "Muhammad Shehbaz Sharif", "Prime Minister Shahbaz Sharif", "Shahbaz Sharif", "Sharif"]),
    "Abdel Fattah al-Sisi": (L, ["Egyptian President Abdel Fattah al-Sisi", "Sisi"]),
    "Giorgia Meloni": (L, ["Ms. Giorgia Meloni", "Meloni"]),
    "Katerina Sakellaropoulou": (L, ["President Katerina Sakellaropoulou"]),
    "Alexis Tsipras": (L, ["SYRIZA leader Alexis Tsipras", "Tsipras"]),
    # ---------------- Leaders: the Ouagadougou attacks (Friday 2 March 2018)
    "Emmanuel Macron": (L, ["French President Emmanuel Macron", "Macron"]),
    "Roch Marc Christian Kaboré": (L, ["President Roch Marc Christian Kabore", "Roch Marc Christian Kabore",
                                       "Mr Roch Marc Christian Kaboré", "President Roch Kaboré", "Roch Kaboré",
                                       "Mr Kaboré", "Kaboré", "Kabore"]),
    "Faure Gnassingbé": (L, ["Togo's President Faure Gnassingbe", "Faure Gnassingbe"]),
    "Mahamadou Issoufou": (L, ["Niger's President Mahamadou Issoufou", "Issoufou"]),
    "Nana Akufo-Addo": (L, ["President Nana Addo Dankwa Akufo-Addo", "Nana Addo Dankwa Akufo-Addo",
                            "President Akufo-Addo", "Akufo-Addo"]),
    "Ibrahim Boubacar Keïta": (L, ["Keïta"]),
    "Idriss Déby Itno": (L, ["Déby"]),
    "Mohamed Ould Abdel Aziz": (L, []),
    "Mohammed VI": (L, ["King Mohammed VI of Morocco", "King Mohammed VI"]),
    "Blaise Compaoré": (L, ["Compaoré"]),
    # ---------------- Leaders: Löfven's re-election (Friday 18 January 2019) and Kariņš's government (23 January 2019)
    "Krišjānis Kariņš": (L, ["Krisjanis Karins", "Kariņš", "Karins"]),
    "Jüri Ratas": (L, []),
    "Stefan Löfven": (L, ["Löfven"]),
    "Saulius Skvernelis": (L, []),
    "Raimonds Vējonis": (L, ["President Raimonds Vējonis"]),
    "Edgars Rinkēvičs": (L, ["Foreign Minister Edgars Rinkēvičs", "Rinkēvičs"]),
    "Erna Solberg": (L, ["Norway's Prime Minister Erna Solberg", "Prime Minister Erna Solberg", "Solberg"]),
    "Lars Løkke Rasmussen": (L, ["Lars Lokke Rasmussen"]),
    "Juha Sipilä": (L, []),
    "Katrín Jakobsdóttir": (L, ["Prime Minister Katrín Jakobsdóttir"]),
    "Ulf Kristersson": (L, ["Moderate leader Ulf Kristersson"]),
    # ---------------- Persons: ministers and officials
    "José Manuel Albares": (P, ["Foreign Minister Jose Manuel Albares", "Jose Manuel Albares"]),
    "Bruno Rodríguez Parrilla": (P, ["Bruno Rodriguez"]),
    "Marcelo Ebrard": (P, ["Foreign Minister Marcelo Ebrard", "Ebrard"]),
    "Antony Blinken": (P, ["Secretary of State Antony Blinken", "Blinken"]),
    "Ursula von der Leyen": (P, ["European Commission President Ursula von der Leyen", "von der Leyen"]),
    "Bilawal Bhutto Zardari": (P, ["Foreign Minister Bilawal Bhutto Zardari", "Bilawal"]),
    "Vasilis Kaskarelis": (P, ["Foreign Minister Vasilis Kaskarelis"]),
    "Jean-Yves Le Drian": (P, ["Foreign Minister Jean-Yves Le Drian"]),
    "Alpha Barry": (P, []),
    "Moussa Faki Mahamat": (P, ["African Union Commission chairman Moussa Faki Mahamat"]),
    "Rémis Fulgance Dandjinou": (P, ["Remis Dandjinou"]),
    "Mustapha Abdul-Hamid": (P, ["Mr Mustapha Abdul-Hamid"]),
    "Margot Wallström": (P, []),
    "Jimmie Åkesson": (P, ["Sweden Democrats leader Jimmie Åkesson", "Åkesson"]),
    "Andreas Norlén": (P, ["Speaker Andreas Norlén"]),
    # invented: bylines and contributors
    "Marta Echevarría Lugo": (P, []),
    "Diego Ferrán Ocampo": (P, []),
    "Belén Arráez": (P, []),
    "Tom Whitcombe-Hale": (P, []),
    "Tendai Mukwashi-Ferreira": (P, []),
    "Ilze Vītoliņa-Grant": (P, []),
    # ---------------- Outlets and platforms
    "teleSUR": (O, ["teleSUR English"]),
    "Twitter": (O, []),
    "Facebook": (O, []),
    "Bolivia TV": (O, []),
    "Venezolana de Televisión": (O, []),
    "Cubavisión": (O, []),
    "Prensa Latina": (O, []),
    "Reuters": (O, []),
    "Agencia Boliviana de Información": (O, ["ABI"]),
    "Mexico News Daily": (O, []),
    "La Jornada": (O, []),
    "Milenio": (O, []),
    "El Universal": (O, []),
    "Kathimerini": (O, ["ekathimerini.com"]),
    "ANSA": (O, []),
    "Associated Press of Pakistan": (O, []),
    "Business Recorder": (O, []),
    "Agence France-Presse": (O, ["AFP"]),
    "RTB": (O, []),
    "Ghana News Agency": (O, ["GNA"]),
    "Joy FM": (O, []),
    "Mail & Guardian": (O, []),
    "Maghreb Arabe Presse": (O, ["MAP"]),
    "L'Observateur Paalga": (O, []),
    "LSM": (O, ["LSM English"]),
    "LETA": (O, []),
    "Radio Sweden": (O, ["Sveriges Radio"]),
    "Ritzau": (O, []),
    "STT": (O, []),
    "Dagens Nyheter": (O, []),
    "Expressen": (O, []),
    # ---------------- Countries
    "Cuba": (C, ["Cuban"]),
    "Mexico": (C, ["Mexican"]),
    "Bolivia": (C, ["Bolivian"]),
    "Venezuela": (C, ["Venezuelan"]),
    "Spain": (C, ["Spanish"]),
    "Argentina": (C, ["Argentine"]),
    "United States": (C, ["U.S.", "Washington"]),
    "Nicaragua": (C, []),
    "Greece": (C, ["Greek", "Hellenic Republic"]),
    "Pakistan": (C, ["Pakistani"]),
    "Egypt": (C, ["Egyptian"]),
    "Italy": (C, ["Italian"]),
    "Libya": (C, []),
    "Burkina Faso": (C, ["Burkinabe", "Burkinabè"]),
    "France": (C, ["French"]),
    "Togo": (C, ["Togolese"]),
    "Niger": (C, ["Nigerien"]),
    "Mali": (C, []),
    "Mauritania": (C, []),
    "Chad": (C, []),
    "Morocco": (C, ["Moroccan"]),
    "Ghana": (C, []),
    "Latvia": (C, ["Latvian"]),
    "Lithuania": (C, []),
    "Sweden": (C, ["Swedish"]),
    "Norway": (C, []),
    "Denmark": (C, ["Danish"]),
    "Finland": (C, ["Finnish"]),
    "Iceland": (C, []),
    "Russia": (C, ["Russian"]),
    # ---------------- Organizations
    "Ministry of Public Health": (G, []),
    "Community of Latin American and Caribbean States": (G, ["CELAC"]),
    "Summit of the Americas": (G, []),
    "European Commission": (G, []),
    "Hellenic Coast Guard": (G, []),
    "SYRIZA": (G, []),
    "Prime Minister's Office": (G, []),
    "Foreign Office": (G, []),
    "Federal Investigation Agency": (G, ["FIA"]),
    "Elysee": (G, []),
    "Economic Community of West African States": (G, ["ECOWAS"]),
    "G5 Sahel": (G, []),
    "Group to Support Islam and Muslims": (G, []),
    "Ghana Armed Forces": (G, []),
    "Ghana Immigration Service": (G, []),
    "New Unity": (G, []),
    "Saeima": (G, []),
    "Riksdag": (G, []),
    "Sweden Democrats": (G, []),
}
