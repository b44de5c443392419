"""One type per canonical name over part A of blind36, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two articles are forms of one canonical name:
- Jonas Gahr Støre (3503) / Jonas Gahr Stoere (3504, the Reuters transliteration of the ø);
- Abbas Araghchi (3507, ANSA) / Abbas Araqchi (3508, Wanted in Rome);
- Patricia de Lille / De Lille (both in 3502);
- Margrethe II (canonical; "Queen Margrethe" in 3503 and 3504, "Queen Margrethe II" in 3509);
- Diana Mondino (3505) / "Minister Mondino" only (3506);
- Luiz Inácio Lula da Silva (canonical; only "President Lula" occurs, in 3506);
- The Diplomat in Spain (canonical, the metadata's outlet) / The Diplomat (3506's own text).

Two people share a surname: the journalist Cecilia Sala (3507, 3508; no call) and her father Renato Sala (a
participant of 3507 c1). Neither has the bare "Sala" as an alias, so a builder must keep the full names apart.

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents and prime ministers (Abiy Ahmed among them); the monarchs Margrethe II, Carl XVI Gustaf,
Harald V and Felipe VI; Jacob Zuma (a former president, no call); Donald Trump (president-elect in January 2025,
in a denied call).
Persons: the Deputy President of South Africa (Mashatile, as the blindset typed vice-presidents); Kenya's Prime
Cabinet Secretary (Mudavadi, a minister with that title, not a head of government); party leaders (Steenhuisen,
Malema, Hlabisa, McKenzie, Groenewald, de Lille, Abascal); ministers (Mehl, Tesfaye, Morgan Johansson,
Henriksson, Pandor, Liimets, Kofod, Albares, Mondino, Vieira, Tajani, Araghchi, Nordio); officials and
spokespeople (Magwenya, Hussein Mohamed, Mbalula, Adorni, Didiza, Zondo, Mente, the ambassador Alonso); private
people (Sala's parents, Begoña Gómez, Harry Styles, Abedini); the bylines.
Bare titles ("the president", "the Prime Minister", "the deputy president") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: southern Africa and partners
    "Cyril Ramaphosa": (L, ["President Cyril Ramaphosa", "President Ramaphosa", "Ramaphosa"]),
    "Miguel Díaz-Canel": (L, ["Díaz-Canel"]),
    "William Ruto": (L, ["President William Ruto", "President Ruto", "Ruto"]),
    "Abiy Ahmed": (L, ["Ethiopian Prime Minister Abiy Ahmed", "Abiy"]),
    "Luiz Inácio Lula da Silva": (L, ["President Lula", "Lula"]),
    "Jacob Zuma": (L, ["Zuma"]),
    # ---------------- Leaders: the Nordic and Baltic states
    "Mette Frederiksen": (L, ["Danish Prime Minister Mette Frederiksen", "Frederiksen"]),
    "Magdalena Andersson": (L, ["Andersson"]),
    "Jonas Gahr Støre": (L, ["Prime Minister Jonas Gahr Stoere", "Jonas Gahr Stoere", "Støre", "Stoere"]),
    "Sanna Marin": (L, ["Marin"]),
    "Kaja Kallas": (L, ["Prime Minister Kaja Kallas", "Kallas"]),
    "Katrín Jakobsdóttir": (L, ["Jakobsdóttir"]),
    "Alar Karis": (L, ["President Alar Karis", "Karis"]),
    "Margrethe II": (L, ["Queen Margrethe II", "Queen Margrethe"]),
    "Carl XVI Gustaf": (L, ["King Carl XVI Gustaf"]),
    "Harald V": (L, ["King Harald"]),
    # ---------------- Leaders: Spain, Argentina, Chile, Italy, the United States
    "Javier Milei": (L, ["Argentine President Javier Milei", "President Milei", "Milei"]),
    "Pedro Sánchez": (L, ["Prime Minister Pedro Sánchez", "Sánchez"]),
    "Gabriel Boric": (L, ["Chilean President Gabriel Boric", "Boric"]),
    "Felipe VI": (L, ["King Felipe VI"]),
    "Giorgia Meloni": (L, ["Premier Giorgia Meloni", "Prime Minister Giorgia Meloni", "Meloni"]),
    "Sergio Mattarella": (L, ["President Sergio Mattarella", "Mattarella"]),
    "Donald Trump": (L, ["Trump"]),
    # ---------------- Persons: South Africa
    "John Steenhuisen": (P, ["DA leader John Steenhuisen", "Steenhuisen"]),
    "Julius Malema": (P, ["EFF leader Julius Malema", "Malema"]),
    "Paul Mashatile": (P, ["Mashatile"]),
    "Velenkosini Hlabisa": (P, ["IFP leader Velenkosini Hlabisa", "Hlabisa"]),
    "Gayton McKenzie": (P, ["Patriotic Alliance leader Gayton McKenzie", "McKenzie"]),
    "Pieter Groenewald": (P, ["Groenewald"]),
    "Patricia de Lille": (P, ["De Lille"]),
    "Vincent Magwenya": (P, ["Magwenya"]),
    "Thoko Didiza": (P, ["Didiza"]),
    "Veronica Mente": (P, []),
    "Raymond Zondo": (P, ["Chief Justice Raymond Zondo", "Zondo"]),
    "Fikile Mbalula": (P, []),
    "Musalia Mudavadi": (P, ["Mudavadi"]),
    "Naledi Pandor": (P, ["Dr Naledi Pandor", "Pandor"]),
    "Hussein Mohamed": (P, ["HUSSEIN MOHAMED"]),
    # ---------------- Persons: the Nordic and Baltic states
    "Mattias Tesfaye": (P, ["Justice Minister Mattias Tesfaye", "Tesfaye"]),
    "Emilie Enger Mehl": (P, ["Justice Minister Emilie Enger Mehl", "Mehl"]),
    "Morgan Johansson": (P, []),
    "Anna-Maja Henriksson": (P, []),
    "Eva-Maria Liimets": (P, ["Foreign Minister Eva-Maria Liimets"]),
    "Jeppe Kofod": (P, ["Danish Foreign Minister Jeppe Kofod"]),
    "Harry Styles": (P, []),
    # ---------------- Persons: Spain and Argentina
    "José Manuel Albares": (P, ["Foreign Minister José Manuel Albares", "Albares"]),
    "Diana Mondino": (P, ["Argentine Foreign Minister Diana Mondino", "Minister Mondino", "Mondino"]),
    "Mauro Vieira": (P, []),
    "Manuel Adorni": (P, ["Adorni"]),
    "María Jesús Alonso": (P, []),
    "Begoña Gómez": (P, []),
    "Santiago Abascal": (P, ["Vox leader Santiago Abascal"]),
    # ---------------- Persons: Italy and Iran
    "Cecilia Sala": (P, []),
    "Elisabetta Vernoni": (P, ["Vernoni"]),
    "Renato Sala": (P, []),
    "Antonio Tajani": (P, ["Foreign Minister Antonio Tajani", "Tajani"]),
    "Abbas Araghchi": (P, ["Abbas Araqchi", "Araghchi"]),
    "Mohammad Abedini Najafabadi": (P, ["Abedini"]),
    "Carlo Nordio": (P, ["Justice Minister Carlo Nordio", "Nordio"]),
    # ---------------- Persons: bylines and credits
    "Lindiwe Mabaso-Kruger": (P, []),
    "Ruan Olivier": (P, []),
    "Sizwe Mthethwa-Pillay": (P, []),
    "Signe Halvorsen-Mørk": (P, []),
    "Terje Solvang": (P, []),
    "Nora Buch-Eriksen": (P, []),
    "Kirsten Dam Lauritzen": (P, []),
    "Alison Pretlove": (P, []),
    "Helen Vahtra": (P, []),
    "Lucía Ferrer Bastida": (P, []),
    "Chiara Donnelly-Rinaldi": (P, []),
    # ---------------- Outlets
    "News24": (O, []),
    "The Standard": (O, []),
    "The Diplomat in Spain": (O, ["The Diplomat"]),
    "SABC": (O, []),
    "eNCA": (O, []),
    "Newzroom Afrika": (O, []),
    "City Press": (O, []),
    "Sunday Times": (O, []),
    "The Local": (O, []),
    "TT": (O, []),
    "Twitter": (O, []),
    "Ritzau": (O, ["Ritzau news agency"]),
    "Reuters": (O, []),
    "NRK": (O, []),
    "ERR News": (O, []),
    "EFE": (O, []),
    "El País": (O, ["EL PAÍS"]),
    "La Nación": (O, []),
    "X": (O, []),
    "ANSA": (O, []),
    "RAI": (O, []),
    "Il Foglio": (O, []),
    "Chora Media": (O, []),
    "Corriere della Sera": (O, []),
    "Il Fatto Quotidiano": (O, []),
    "Wanted in Rome": (O, []),
    # ---------------- Countries
    "South Africa": (C, ["Republic of South Africa"]),
    "Cuba": (C, ["Havana"]),
    "Kenya": (C, ["Kenyan", "Nairobi"]),
    "Ethiopia": (C, ["Ethiopian"]),
    "Haiti": (C, []),
    "Democratic Republic of Congo": (C, []),
    "Sudan": (C, []),
    "Brazil": (C, ["Brazilian"]),
    "Denmark": (C, ["Danish", "Danes", "Copenhagen"]),
    "Sweden": (C, ["Swedish", "Swedes"]),
    "Norway": (C, ["Norwegian", "Oslo"]),
    "Finland": (C, []),
    "Estonia": (C, ["Estonian", "Estonians", "Tallinn"]),
    "Iceland": (C, []),
    "Russia": (C, ["Russian"]),
    "Spain": (C, ["Spanish", "Madrid"]),
    "Argentina": (C, ["Argentine", "Argentines", "Buenos Aires"]),
    "Chile": (C, ["Chilean"]),
    "Italy": (C, ["Italian", "Rome"]),
    "Iran": (C, ["Iranian", "Tehran"]),
    "United States": (C, ["US", "American", "Washington"]),
    "Jordan": (C, []),
    # ---------------- Organizations
    "African National Congress": (G, ["ANC"]),
    "Democratic Alliance": (G, ["DA"]),
    "Economic Freedom Fighters": (G, ["EFF"]),
    "uMkhonto weSizwe Party": (G, []),
    "Inkatha Freedom Party": (G, ["IFP"]),
    "Patriotic Alliance": (G, []),
    "Freedom Front Plus": (G, []),
    "GOOD": (G, []),
    "National Assembly": (G, []),
    "State House": (G, ["STATE HOUSE"]),
    "African Union": (G, []),
    "African Continental Free Trade Area": (G, []),
    "Multinational Security Support mission": (G, []),
    "Senate": (G, []),
    "Popular Party": (G, ["PP"]),
    "PSOE": (G, []),
    "Copenhagen Police": (G, []),
    "Prime Minister's Office": (G, []),
    "Royal House": (G, []),
    "Royal Court": (G, []),
    "Reform Party": (G, ["Reform"]),
    "Ministry of Foreign Affairs": (G, []),
    "Vox": (G, ["VOX"]),
    "Moncloa": (G, []),
    "Royal Household": (G, []),
    "Casa Rosada": (G, []),
    "Quirinale": (G, []),
    "Palazzo Chigi": (G, []),
}
