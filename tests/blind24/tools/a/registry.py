"""One type per canonical name over part A of blind24, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Typing (blindset judgement 2): people who are, were or became heads of state or government are
Leaders, whatever the article's date. So Kaja Kallas (opposition leader in 2019, prime minister from
2021), Jean-Claude Juncker (Commission president in 2017, a former prime minister of Luxembourg),
Pope Francis (sovereign of the Vatican City State), Horacio Cartes (a former president of Paraguay),
Lai Ching-te (vice-president in 2023, president from 2024) and the president-elect Santiago Peña are
Leaders. Ministers (Reinsalu, Haavisto, Zoido, Urbano de Sousa, Cafiero, Arriola, Mart and Martin
Helme), losing candidates (Alegre, Cubas, Kamara), the Ghanaian presidency's communications director
(Arhin) and the two invented bylines are Persons.
Bare titles ("the King", "the President") are never aliases. Bare "Helme", "Benítez" and "Sousa" are
not listed, because each would name two people.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Nordic and Baltic
    "Jüri Ratas": (L, ["Juri Ratas", "Ratas"]),
    "Sanna Marin": (L, ["Marin"]),
    "Kersti Kaljulaid": (L, ["Kaljulaid"]),
    "Sauli Niinistö": (L, ["Sauli Niinisto", "Niinistö", "Niinisto"]),
    "Krišjānis Kariņš": (L, ["Krisjanis Karins", "Kariņš"]),
    "Stefan Löfven": (L, ["Löfven"]),
    "Kaja Kallas": (L, []),
    # ---------------- Leaders: western and southern Europe
    "Felipe VI": (L, ["King Felipe VI", "King Felipe"]),
    "Marcelo Rebelo de Sousa": (L, ["Marcelo"]),
    "Mariano Rajoy": (L, ["Rajoy"]),
    "António Costa": (L, ["Antonio Costa", "Costa", "Mr Costa"]),
    "Emmanuel Macron": (L, ["Macron"]),
    "Jean-Claude Juncker": (L, ["Juncker"]),
    "Angela Merkel": (L, ["Merkel"]),
    "Pope Francis": (L, []),
    # ---------------- Leaders: Latin America and Taiwan
    "Santiago Peña": (L, ["Santiago Pena", "Peña", "Pena"]),
    "Luis Lacalle Pou": (L, ["Lacalle Pou"]),
    "Alberto Fernández": (L, ["Fernández"]),
    "Tsai Ing-wen": (L, ["Tsai"]),
    "Mario Abdo Benítez": (L, ["Abdo Benítez"]),
    "Luiz Inácio Lula da Silva": (L, ["Lula"]),
    "Horacio Cartes": (L, []),
    "Lai Ching-te": (L, ["Lai"]),
    # ---------------- Leaders: West Africa
    "Julius Maada Bio": (L, ["President Julius Maada Bio", "President Bio", "Mr Bio", "Bio"]),
    "George Weah": (L, ["George Manneh Weah", "President Weah", "Weah"]),
    "Nana Akufo-Addo": (L, ["Nana Addo Dankwa Akufo-Addo", "President Akufo-Addo", "Akufo-Addo"]),
    "Alpha Condé": (L, ["Professor Alpha Condé"]),
    # ---------------- Persons
    "Mart Helme": (P, []),
    "Martin Helme": (P, []),
    "Urmas Reinsalu": (P, ["Reinsalu"]),
    "Pekka Haavisto": (P, ["Haavisto"]),
    "Juan Ignacio Zoido": (P, []),
    "Constança Urbano de Sousa": (P, []),
    "Helena Marques": (P, []),
    "Efraín Alegre": (P, ["Alegre"]),
    "Paraguayo Cubas": (P, []),
    "Santiago Cafiero": (P, []),
    "Julio César Arriola": (P, []),
    "Lucía Benítez": (P, []),
    "Samura Kamara": (P, ["Dr Samura Kamara", "Dr Kamara", "Kamara"]),
    "Eugene Arhin": (P, ["Mr Eugene Arhin", "Mr Arhin"]),
    # ---------------- Outlets and platforms
    "ERR": (O, ["ERR News"]),
    "Yle News": (O, ["Yle"]),
    "Helsingin Sanomat": (O, []),
    "Facebook": (O, []),
    "Twitter": (O, []),
    "Baltic News Service": (O, ["BNS"]),
    "Postimees": (O, []),
    "Eesti Päevaleht": (O, []),
    "Delfi": (O, []),
    "The Portugal News": (O, []),
    "RTP": (O, []),
    "Lusa": (O, []),
    "EL PAÍS": (O, ["EL PAÍS in English", "El País"]),
    "Cadena SER": (O, []),
    "MercoPress": (O, []),
    "Télam": (O, []),
    "Central News Agency": (O, []),
    "Buenos Aires Times": (O, ["BUENOS AIRES TIMES"]),
    "AFP": (O, []),
    "Agência Brasil": (O, []),
    "The Guardian": (O, []),
    "Sierra Leone Telegraph": (O, []),
    "SLBC": (O, []),
    "Ghana News Agency": (O, ["GNA"]),
    "GhanaWeb": (O, []),
    "Daily Guide": (O, []),
    # ---------------- Countries
    "Estonia": (C, ["Estonian", "Estonians"]),
    "Finland": (C, ["Finnish"]),
    "Sweden": (C, ["Swedish"]),
    "Latvia": (C, ["Latvian"]),
    "Portugal": (C, ["Portuguese"]),
    "Spain": (C, ["Spanish"]),
    "France": (C, []),
    "Paraguay": (C, ["Paraguayan"]),
    "Uruguay": (C, ["Uruguayan"]),
    "Argentina": (C, ["Argentine"]),
    "Brazil": (C, ["Brazilian"]),
    "Taiwan": (C, ["Taiwanese", "Taipei"]),
    "China": (C, ["Beijing", "Chinese"]),
    "Honduras": (C, []),
    "Sierra Leone": (C, ["Sierra Leonean"]),
    "Liberia": (C, ["Liberian"]),
    "Ghana": (C, []),
    "Guinea": (C, []),
    # ---------------- Organizations (never outlets)
    "EKRE": (G, []),
    "Reform Party": (G, []),
    "Isamaa": (G, []),
    "Office of the President (Finland)": (G, ["Office of the President"]),
    "European Council": (G, []),
    "European Commission": (G, []),
    "Portuguese Red Cross": (G, []),
    "La Moncloa": (G, []),
    "Royal Household": (G, []),
    "Colorado Party": (G, []),
    "Casa Rosada": (G, []),
    "State House (Sierra Leone)": (G, ["State House Communications Unit", "State House"]),
    "All People's Congress": (G, ["APC"]),
    "Mano River Union": (G, []),
    "Presidency (Ghana)": (G, ["Presidency"]),
    "National Electoral Commission": (G, []),
}
