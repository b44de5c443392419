"""One type per canonical name over part A of blind34, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two articles are forms of one canonical name:
- Dina Boluarte (3302, 3308) / Dina Boluarte Zegarra (3303);
- Daniel Noboa (3302, 3308) / Daniel Noboa Azín (3303);
- Bola Tinubu (3307) / Bola Ahmed Tinubu (3306);
- Julius Maada Bio (3307) / Dr Julius Maada Bio (3306);
- George Weah (3307) / George Manneh Weah (3306);
- Clarín (canonical) / Clarin (3302, the AP copy's spelling without the accent);
- TC Televisión (3308) / TC Television (3302, the AP copy's spelling).

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents and prime ministers; NATO Secretary General Mark Rutte and the EU's foreign policy chief
Kaja Kallas (former prime ministers of the Netherlands and Estonia, as the earlier sets typed them); the
Grand Dukes of Luxembourg Guillaume (from 3 October 2025) and Henri (his father, who abdicated that day);
Kings Philippe, Willem-Alexander and Frederik X (heads of state).
Persons: ministers (Pevkur, Crosetto, Tsahkna, Häkkänen, Bullrich, González-Olaechea, Sommerfeld, Torres,
Albares, Tajani, a deputy prime minister, Kabba, Bah), the US Secretary of State (Blinken) and an Assistant
Secretary (Phee), a spokesperson (Ngelale), the Grand Duchess (Stéphanie), a gang leader (Macías) and bylines.
Bare titles ("the Head of State", "the King", "the Court", "the President") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Baltic and Nordic states, NATO, EU, UK
    "Alar Karis": (L, ["President Alar Karis", "President Karis", "Karis"]),
    "Edgars Rinkēvičs": (L, ["President Edgars Rinkēvičs", "Rinkēvičs"]),
    "Gitanas Nausėda": (L, ["President Gitanas Nausėda", "Nausėda"]),
    "Kristen Michal": (L, ["Prime Minister Kristen Michal", "Michal"]),
    "Mark Rutte": (L, ["NATO Secretary General Mark Rutte", "Rutte"]),
    "Alexander Stubb": (L, ["Finnish President Alexander Stubb", "President Alexander Stubb", "Stubb"]),
    "Kaja Kallas": (L, ["Kallas"]),
    "Keir Starmer": (L, ["British Prime Minister Keir Starmer", "Starmer"]),
    # ---------------- Leaders: Latin America
    "Daniel Noboa": (L, ["President Daniel Noboa", "Daniel Noboa Azín", "Noboa", "President Noboa"]),
    "Dina Boluarte": (L, ["President Dina Boluarte", "Dina Boluarte Zegarra", "President Dina Boluarte Zegarra",
                          "President Boluarte", "Boluarte"]),
    "Gustavo Petro": (L, ["Colombian President Gustavo Petro", "President Petro", "Petro"]),
    "Gabriel Boric": (L, ["President Gabriel Boric", "Boric"]),
    "Javier Milei": (L, ["Argentine President Javier Milei", "President Milei", "Milei"]),
    "Luiz Inácio Lula da Silva": (L, ["President Lula", "Lula"]),
    # ---------------- Leaders: western and southern Europe
    "Pedro Sánchez": (L, ["Sánchez"]),
    "Emmanuel Macron": (L, ["French President Emmanuel Macron", "President Macron", "Macron"]),
    "Guillaume": (L, ["Grand Duke Guillaume"]),
    "Henri": (L, ["Grand Duke Henri"]),
    "Philippe": (L, ["King Philippe of the Belgians", "King Philippe"]),
    "Willem-Alexander": (L, ["King Willem-Alexander of the Netherlands", "King Willem-Alexander"]),
    "Frederik X": (L, ["King Frederik X of Denmark", "King Frederik X"]),
    "Marcelo Rebelo de Sousa": (L, ["Rebelo de Sousa"]),
    "Luc Frieden": (L, ["Prime Minister Luc Frieden", "Frieden"]),
    "Luís Montenegro": (L, ["Prime Minister Luís Montenegro", "Montenegro"]),
    # ---------------- Leaders: West Africa
    "Julius Maada Bio": (L, ["Dr Julius Maada Bio", "President Dr Julius Maada Bio", "President Bio", "Bio"]),
    "Nana Addo Dankwa Akufo-Addo": (L, ["Akufo-Addo"]),
    "Bola Tinubu": (L, ["President Bola Tinubu", "Bola Ahmed Tinubu", "Tinubu"]),
    "George Weah": (L, ["George Manneh Weah", "President Weah", "Weah"]),
    # ---------------- Persons
    "Hanno Pevkur": (P, ["Minister of Defense Hanno Pevkur", "Pevkur"]),
    "Guido Crosetto": (P, ["Crosetto"]),
    "Margus Tsahkna": (P, ["Foreign Minister Margus Tsahkna", "Tsahkna"]),
    "Antti Häkkänen": (P, ["Defence Minister Antti Häkkänen", "Häkkänen"]),
    "Patricia Bullrich": (P, ["Security Minister Patricia Bullrich"]),
    "José Adolfo Macías": (P, ["Jose Adolfo Macias", "Fito"]),
    "Javier González-Olaechea": (P, ["Minister of Foreign Affairs Javier González-Olaechea"]),
    "Gabriela Sommerfeld": (P, []),
    "Víctor Torres": (P, ["Minister of the Interior Víctor Torres"]),
    "Antony Blinken": (P, ["U.S. Secretary of State Antony Blinken", "Secretary Blinken", "Blinken"]),
    "José Manuel Albares": (P, ["Albares"]),
    "Antonio Tajani": (P, []),
    "Stéphanie de Lannoy": (P, ["Grand Duchess Stéphanie"]),
    "Timothy Musa Kabba": (P, ["Ambassador Timothy Musa Kabba"]),
    "Molly Phee": (P, ["Ambassador Molly Phee"]),
    "Chernor Bah": (P, ["Information Minister Chernor Bah"]),
    "Ajuri Ngelale": (P, ["Ngelale"]),
    # bylines and editors
    "Kadri Leppik": (P, []),
    "Ott Saarsalu": (P, []),
    "Mariela Quintero Páez": (P, []),
    "Lucía Barreiro Ortega": (P, []),
    "Nadia Kremer": (P, []),
    "Chidinma Ogbuagu": (P, []),
    "Regina Ortiz Vela": (P, []),
    "Tomás Arroyo": (P, []),
    # ---------------- Outlets
    "Postimees": (O, ["Postimees English"]),
    "X": (O, []),
    "ANSA": (O, []),
    "The Baltic Times": (O, []),
    "LRT": (O, []),
    "Baltic News Service": (O, ["BNS"]),
    "Yle News": (O, ["Yle"]),
    "Lehtikuva": (O, []),
    "Associated Press": (O, ["AP"]),
    "Chicago Tribune": (O, []),
    "Andina": (O, ["Andina - Agencia Peruana de Noticias"]),
    "Clarín": (O, ["Clarin"]),
    "Americas Quarterly": (O, ["AMERICAS QUARTERLY", "AQ"]),
    "CNN en Español": (O, []),
    "EL PAÍS": (O, ["EL PAÍS English", "EL PAÍS USA Edition"]),
    "El Confidencial": (O, []),
    "RTL Today": (O, []),
    "Belga": (O, []),
    "Luxemburger Wort": (O, []),
    "Instagram": (O, []),
    "RTP": (O, []),
    "Concord Times": (O, ["CONCORD TIMES"]),
    "Sierra Leone Broadcasting Corporation": (O, ["SLBC Television", "SLBC"]),
    "TheCable": (O, []),
    "News Agency of Nigeria": (O, ["NAN"]),
    # ---------------- Countries
    "Estonia": (C, ["Estonian"]),
    "Latvia": (C, ["Latvian"]),
    "Lithuania": (C, ["Lithuanian"]),
    "Finland": (C, ["Finnish"]),
    "Russia": (C, ["Russian"]),
    "Italy": (C, ["Italian"]),
    "United Kingdom": (C, ["Britain", "British"]),
    "Ecuador": (C, ["Ecuadorian", "Ecuadorians"]),
    "Peru": (C, ["Peruvian"]),
    "Colombia": (C, ["Colombian"]),
    "Chile": (C, []),
    "Argentina": (C, ["Argentine"]),
    "United States": (C, ["U.S.", "Washington"]),
    "Spain": (C, []),
    "Ukraine": (C, []),
    "Luxembourg": (C, ["Grand Duchy"]),
    "Belgium": (C, ["Belgian", "Belgians"]),
    "Netherlands": (C, ["Dutch"]),
    "France": (C, ["French"]),
    "Portugal": (C, ["Portuguese"]),
    "Denmark": (C, []),
    "Sierra Leone": (C, ["Sierra Leonean"]),
    "Ghana": (C, []),
    "Nigeria": (C, []),
    "Liberia": (C, ["Liberian"]),
    "Mali": (C, []),
    "Burkina Faso": (C, []),
    "Guinea": (C, []),
    "Niger": (C, []),
    "Gabon": (C, []),
    # ---------------- Organizations
    "NATO": (G, []),
    "European Union": (G, ["EU"]),
    "United Nations": (G, ["UN"]),
    "UN Security Council": (G, []),
    "Office of the President": (G, []),
    "Office of the President of the Republic": (G, []),
    "Estonian Defense Forces": (G, ["Defense Forces"]),
    "Finnish Defence Forces": (G, []),
    "Government Office": (G, []),
    "Downing Street": (G, []),
    "Kremlin": (G, []),
    "TC Televisión": (G, ["TC Television"]),
    "Los Choneros": (G, []),
    "Presidency of the Republic": (G, []),
    "Ministry of Foreign Affairs": (G, []),
    "National Police": (G, []),
    "National Assembly": (G, []),
    "Foreign Ministry": (G, []),
    "Chamber of Deputies": (G, []),
    "Grand Ducal Court": (G, []),
    "State House": (G, []),
    "State House Media and Communications Unit": (G, []),
    "ECOWAS": (G, []),
    "Mano River Union": (G, []),
}
