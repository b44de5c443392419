"""One type per canonical name over part A of blind32, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two articles are forms of one canonical name:
- Jonas Gahr Støre (3101) / Jonas Gahr Store (3102);
- Micheál Martin (3105) / Micheal Martin (3106);
- Andrés Manuel López Obrador (3107) / Andres Manuel Lopez Obrador (3108);
- Miguel Díaz-Canel Bermúdez (3107) / Miguel Diaz-Canel (3108);
- Nicolás Maduro Moros (3107) / Nicolas Maduro (3108);
- Bruno Rodríguez Parrilla (3107) / Bruno Rodriguez (3108);
- Marcelo Ebrard Casaubón (3107) / Marcelo Ebrard (3108).

Two people share the name Obiang in 3109: President Teodoro Obiang Nguema Mbasogo and his son, Vice-President
Teodoro Nguema Obiang Mangue. The bare "Obiang" ("President Obiang") is an alias of the President only, in
the form "President Obiang"; the bare surname is never an alias.

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: Ulf Kristersson (Moderate leader forming a government in September 2022, prime minister from
18 October 2022); Jens Stoltenberg (NATO Secretary General, a former prime minister of Norway); Leo Varadkar
(Tánaiste in 2022, Taoiseach before and after); Manuel Marrero Cruz (Cuba's prime minister); Felipe VI.
Persons: ministers, the vice-presidents (Teodoro Nguema Obiang Mangue), Ursula von der Leyen, Moussa Faki
Mahamat, party leaders who never led a government (Jeffrey Donaldson, Michelle O'Neill, a First Minister
of Northern Ireland only from 2024, which is not a state), spokespeople, bylines.
Bare titles ("the Taoiseach", "the Tánaiste", "the Head of State", "the Queen") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Nordic and Baltic, Germany, NATO
    "Mette Frederiksen": (L, ["Danish Prime Minister Mette Frederiksen", "Frederiksen"]),
    "Magdalena Andersson": (L, ["Sweden's Prime Minister Magdalena Andersson", "Andersson"]),
    "Ulf Kristersson": (L, ["Moderate Party leader Ulf Kristersson", "Prime Minister Ulf Kristersson", "Kristersson"]),
    "Jonas Gahr Støre": (L, ["Jonas Gahr Store", "Støre", "Store"]),
    "Kaja Kallas": (L, ["Kallas"]),
    "Jens Stoltenberg": (L, ["NATO Secretary General Jens Stoltenberg", "Stoltenberg"]),
    "Olaf Scholz": (L, []),
    # ---------------- Leaders: Portugal, southern Africa
    "António Costa": (L, ["Costa"]),
    "Marcelo Rebelo de Sousa": (L, ["Marcelo"]),
    "Filipe Nyusi": (L, ["President Filipe Nyusi", "Nyusi"]),
    "Mokgweetsi Masisi": (L, []),
    "Emmerson Mnangagwa": (L, []),
    "Cyril Ramaphosa": (L, ["Ramaphosa"]),
    "Paul Kagame": (L, []),
    # ---------------- Leaders: Ireland and the United Kingdom
    "Micheál Martin": (L, ["Micheal Martin", "Mr Martin"]),
    "Liz Truss": (L, ["Prime Minister Truss", "Ms Truss", "Truss"]),
    "Leo Varadkar": (L, []),
    # ---------------- Leaders: Cuba, Mexico, Venezuela, United States
    "Miguel Díaz-Canel": (L, ["Miguel Díaz-Canel Bermúdez", "Miguel Diaz-Canel", "Cuban President Miguel Diaz-Canel",
                              "Díaz-Canel", "Diaz-Canel"]),
    "Andrés Manuel López Obrador": (L, ["President Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador",
                                        "López Obrador", "Lopez Obrador", "AMLO"]),
    "Manuel Marrero Cruz": (L, ["Prime Minister Manuel Marrero Cruz"]),
    "Nicolás Maduro": (L, ["Nicolás Maduro Moros", "Venezuelan President Nicolas Maduro", "Nicolas Maduro"]),
    "Joe Biden": (L, ["US President Joe Biden"]),
    # ---------------- Leaders: Central Africa, Nigeria, Spain
    "Teodoro Obiang Nguema Mbasogo": (L, ["President Obiang", "Obiang Nguema Mbasogo"]),
    "Ali Bongo Ondimba": (L, []),
    "Muhammadu Buhari": (L, []),
    "Pedro Sánchez": (L, []),
    "Denis Sassou Nguesso": (L, []),
    "Paul Biya": (L, []),
    "Felipe VI": (L, ["King Felipe VI"]),
    # ---------------- Persons
    "Peter Hultqvist": (P, ["Swedish Defence Minister Peter Hultqvist"]),
    "Morten Bødskov": (P, []),
    "Dmitry Peskov": (P, ["Kremlin spokesman Dmitry Peskov"]),
    "Bjørn Arild Gram": (P, []),
    "Antti Kaikkonen": (P, []),
    "Ursula von der Leyen": (P, []),
    "Maren Ellery": (P, []),
    "Tobias Reade": (P, []),
    "Signe Halvorsen": (P, []),
    "Augusto Santos Silva": (P, ["Santos Silva"]),
    "Verónica Macamo": (P, ["Foreign Minister Verónica Macamo"]),
    "João Gomes Cravinho": (P, []),
    "Tyrone Seale": (P, []),
    "Omar Saranga": (P, ["Colonel Omar Saranga"]),
    "Tomás Nhantumbo": (P, []),
    "Simon Coveney": (P, []),
    "James Cleverly": (P, []),
    "Jeffrey Donaldson": (P, ["Sir Jeffrey Donaldson"]),
    "Orla Brennan": (P, []),
    "Kwasi Kwarteng": (P, []),
    "Chris Heaton-Harris": (P, ["Northern Ireland Secretary Chris Heaton-Harris"]),
    "Michelle O'Neill": (P, []),
    "Ciarán Devlin": (P, []),
    "Bruno Rodríguez Parrilla": (P, ["Bruno Rodriguez", "Cuban Foreign Minister Bruno Rodriguez"]),
    "Marcelo Ebrard": (P, ["Marcelo Ebrard Casaubón", "Foreign Secretary Marcelo Ebrard"]),
    "Rocío Nahle": (P, ["Rocio Nahle"]),
    "Teodoro Nguema Obiang Mangue": (P, []),
    "Arancha González Laya": (P, []),
    "Simeón Oyono Esono Angue": (P, []),
    "Moussa Faki Mahamat": (P, []),
    # ---------------- Outlets
    "Agence France-Presse": (O, ["AFP"]),
    "TT News Agency": (O, ["TT"]),
    "DR": (O, []),
    "Twitter": (O, []),
    "Dagens Nyheter": (O, []),
    "NRK": (O, []),
    "Lusa": (O, []),
    "Zitamar News": (O, ["Zitamar"]),
    "Expresso": (O, []),
    "African News Agency": (O, []),
    "Savana": (O, []),
    "The Irish Times": (O, []),
    "Belfast Telegraph": (O, []),
    "Granma": (O, []),
    "Canal Caribe": (O, []),
    "Milenio": (O, []),
    "The Yucatan Times": (O, []),
    "TVGE": (O, []),
    # ---------------- Countries
    "Sweden": (C, ["Swedish"]),
    "Denmark": (C, ["Danish"]),
    "Norway": (C, ["Norwegian"]),
    "Finland": (C, []),
    "Estonia": (C, ["Estonian"]),
    "Poland": (C, []),
    "Russia": (C, ["Russian", "Moscow"]),
    "Germany": (C, ["German"]),
    "Portugal": (C, ["Portuguese", "Lisbon"]),
    "Mozambique": (C, ["Mozambican", "Maputo"]),
    "Botswana": (C, []),
    "Zimbabwe": (C, []),
    "South Africa": (C, []),
    "Rwanda": (C, ["Kigali"]),
    "Ireland": (C, ["Irish", "Dublin"]),
    "Cuba": (C, ["Cuban", "Havana"]),
    "Mexico": (C, ["Mexican"]),
    "Venezuela": (C, ["Venezuelan"]),
    "United States": (C, ["US", "Washington"]),
    "Equatorial Guinea": (C, []),
    "Gabon": (C, ["Gabonese"]),
    "Nigeria": (C, ["Nigerian"]),
    "Spain": (C, ["Spanish"]),
    "Republic of the Congo": (C, ["Congolese"]),
    "Cameroon": (C, ["Cameroonian"]),
    # ---------------- Organizations
    "NATO": (G, ["Nato"]),
    "Kremlin": (G, []),
    "Danish Energy Agency": (G, []),
    "Moderate Party": (G, []),
    "European Commission": (G, []),
    "European Union": (G, ["EU"]),
    "PET": (G, []),
    "Council of the European Union": (G, []),
    "Total": (G, []),
    "Southern African Development Community": (G, ["SADC"]),
    "DUP": (G, []),
    "Downing Street": (G, []),
    "Sinn Féin": (G, []),
    "European Political Community": (G, []),
    "Communist Party of Cuba": (G, []),
    "Petróleos Mexicanos": (G, ["Pemex"]),
    "African Union Commission": (G, []),
}
