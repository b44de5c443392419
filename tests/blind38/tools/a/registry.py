"""One type per canonical name over part A of blind38, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two articles are forms of one canonical name:
- Gilmar Pisas (3700, 3702) / Gilmar 'Pik' Pisas (3701);
- Alberto Núñez Feijóo (3704) / Alberto Nunez Feijoo (3703, without accents);
- Keir Starmer (3703, 3704) / Sir Keir Starmer (3703);
- Faure Gnassingbé (canonical; 3709) / Faure Essozimna Gnassingbé (3708);
- Bola Tinubu (3708) / Bola Ahmed Tinubu (3709).

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents, prime ministers of sovereign states, kings (Willem-Alexander, Frederik X, Margrethe II, who
abdicated in January 2024), the Emir of Qatar, Faure Gnassingbé (President of the Council of Ministers of Togo, head of
government since May 2025 and president before that), Haiti's prime minister Fils-Aimé, and the caretaker Dutch prime
minister Schoof.
Persons: Gilmar Pisas (prime minister of Curaçao, a constituent country of the Kingdom of the Netherlands: typed like
the earlier sets' premiers of Greenland and prime minister of the Faroe Islands), the Chief Minister of Gibraltar
(Picardo), the Governor of Curaçao (George-Wout) and the Governor-General of Jamaica (Sir Patrick Allen), who represent
the monarch; ministers (Albares, Lammy, Engel-Schmidt, Liljestrand, Multala, Dati, Dussey, Tuggar), the EU commissioner
Šefčovič, the ECOWAS Commission president Touray, the Nigerian vice-president Shettima, a state governor (Bago), the
NEMA director-general, opposition leaders (Feijóo, Azopardi), a mayor (Juan Franco), the head of the Danish Chamber
of Commerce (Mikkelsen), a presidential adviser (Onanuga) and the bylines.
Bare titles ("the Prime Minister", "the Chief Minister", "the Emir", "His Majesty") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Caribbean, Latin America and the Netherlands
    "Andrew Holness": (L, ["Jamaica's Prime Minister Andrew Holness", "Prime Minister Andrew Holness", "Mr Holness",
                           "Holness"]),
    "Dick Schoof": (L, ["caretaker Prime Minister Dick Schoof", "Prime Minister Dick Schoof", "Prime Minister Schoof",
                        "caretaker prime minister Dick Schoof", "Schoof"]),
    "Willem-Alexander": (L, ["King Willem-Alexander"]),
    "José Raúl Mulino": (L, ["President José Raúl Mulino", "President Mulino", "Mulino"]),
    "Alix Didier Fils-Aimé": (L, ["Prime Minister Alix Didier Fils-Aimé", "Fils-Aimé"]),
    # ---------------- Leaders: western and southern Europe
    "Keir Starmer": (L, ["Sir Keir Starmer", "Starmer"]),
    "Pedro Sánchez": (L, ["Sánchez"]),
    # ---------------- Leaders: Nordic and Baltic states
    "Mette Frederiksen": (L, ["Prime Minister Mette Frederiksen", "Frederiksen"]),
    "Jonas Gahr Støre": (L, ["Prime Minister Jonas Gahr Støre", "Støre"]),
    "Ulf Kristersson": (L, ["Kristersson"]),
    "Petteri Orpo": (L, ["Prime Minister Petteri Orpo", "Orpo"]),
    "Evika Siliņa": (L, ["Latvian Prime Minister Evika Siliņa"]),
    "Alexander Stubb": (L, ["President Alexander Stubb"]),
    "Frederik X": (L, ["King Frederik X"]),
    "Margrethe II": (L, ["Queen Margrethe II"]),
    # ---------------- Leaders: Africa and the Gulf
    "Bola Tinubu": (L, ["President Bola Tinubu", "Bola Ahmed Tinubu", "President Tinubu", "Tinubu"]),
    "Faure Gnassingbé": (L, ["Faure Essozimna Gnassingbé", "President Gnassingbé", "Gnassingbé"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani"]),
    "Bassirou Diomaye Faye": (L, ["President Bassirou Diomaye Faye"]),
    # ---------------- Persons: Caribbean and the Netherlands
    "Gilmar Pisas": (P, ["Prime Minister Gilmar Pisas", "Gilmar 'Pik' Pisas", "Prime Minister Pisas", "Pisas"]),
    "Lucille George-Wout": (P, ["Governor Lucille George-Wout"]),
    "Patrick Allen": (P, ["Sir Patrick Allen"]),
    "Shaira Martis-Doran": (P, []),
    "Dwayne Fairclough-Reid": (P, ["DWAYNE FAIRCLOUGH-REID"]),
    # ---------------- Persons: Gibraltar, Spain, UK, EU
    "Fabian Picardo": (P, ["Mr Picardo", "Picardo"]),
    "José Manuel Albares": (P, ["Foreign Minister José Manuel Albares", "Mr Albares", "Albares"]),
    "David Lammy": (P, ["Mr Lammy", "Lammy"]),
    "Alberto Núñez Feijóo": (P, ["Alberto Nunez Feijoo"]),
    "Juan Franco": (P, ["Mr Franco"]),
    "Maroš Šefčovič": (P, []),
    "Keith Azopardi": (P, []),
    # ---------------- Persons: Nordic
    "Jakob Engel-Schmidt": (P, ["Culture Minister Jakob Engel-Schmidt", "Engel-Schmidt"]),
    "Parisa Liljestrand": (P, []),
    "Sari Multala": (P, ["Minister of Science and Culture Sari Multala"]),
    "Rachida Dati": (P, []),
    "Brian Mikkelsen": (P, []),
    "Signe Holm-Larsen": (P, []),
    # ---------------- Persons: Africa
    "Kashim Shettima": (P, ["Vice-President Kashim Shettima"]),
    "Mohammed Umaru Bago": (P, ["Niger State Governor Mohammed Umaru Bago", "Governor Bago"]),
    "Zubaida Umar": (P, []),
    "Bayo Onanuga": (P, []),
    "Robert Dussey": (P, ["Foreign Minister Robert Dussey", "Mr Dussey"]),
    "Yusuf Maitama Tuggar": (P, []),
    "Omar Alieu Touray": (P, []),
    "Aminu Olatunde-Bakare": (P, []),
    # ---------------- Outlets and platforms
    "Curaçao Chronicle": (O, []),
    "TeleCuraçao": (O, []),
    "X": (O, []),
    "NOS": (O, []),
    "ANP": (O, []),
    "Antilliaans Dagblad": (O, []),
    "DutchNews.nl": (O, []),
    "Jamaica Observer": (O, ["Sunday Observer", "Observer"]),
    "GBC News": (O, ["GBC"]),
    "Facebook": (O, []),
    "Europa Press": (O, ["EUROPA PRESS"]),
    "Gibraltar Chronicle": (O, []),
    "El Confidencial": (O, []),
    "The Olive Press": (O, []),
    "SVT": (O, []),
    "Ritzau": (O, []),
    "Yle News": (O, ["Yle"]),
    "DR": (O, []),
    "Nigerian Television Authority": (O, ["NTA"]),
    "Channels Television": (O, []),
    "Premium Times": (O, ["PREMIUM TIMES"]),
    "TVT": (O, []),
    # ---------------- Countries and territories
    "Curaçao": (C, []),
    "Jamaica": (C, []),
    "Netherlands": (C, ["Dutch"]),
    "Panama": (C, []),
    "Haiti": (C, []),
    "Iceland": (C, []),
    "Russia": (C, []),
    "United States": (C, []),
    "Canada": (C, []),
    "Mexico": (C, []),
    "United Kingdom": (C, ["UK", "British"]),
    "Spain": (C, ["Spanish"]),
    "Gibraltar": (C, []),
    "Denmark": (C, ["Danish"]),
    "Norway": (C, []),
    "Sweden": (C, ["Swedish"]),
    "Finland": (C, ["Finnish"]),
    "Latvia": (C, ["Latvian"]),
    "France": (C, ["French"]),
    "Nigeria": (C, ["Nigerian"]),
    "Togo": (C, ["Togolese Republic", "Togolese"]),
    "Qatar": (C, ["State of Qatar", "Qatari"]),
    "Senegal": (C, []),
    # ---------------- Organizations
    "Prime Minister's Cabinet": (G, []),
    "RVD": (G, []),
    "Concacaf": (G, []),
    "Downing Street": (G, []),
    "Partido Popular": (G, ["PP"]),
    "GSD": (G, []),
    "European Commission": (G, []),
    "European Union": (G, ["EU"]),
    "Cortes": (G, []),
    "Moncloa": (G, []),
    "Prime Minister's Office": (G, []),
    "Danish Chamber of Commerce": (G, []),
    "Office of the President": (G, []),
    "Finnish Heritage Agency": (G, []),
    "National Emergency Management Agency": (G, ["NEMA"]),
    "Presidency": (G, []),
    "Federal Government": (G, []),
    "Niger State Government": (G, []),
    "ECOWAS": (G, []),
    "ECOWAS Commission": (G, []),
}
