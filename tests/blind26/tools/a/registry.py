"""One type per canonical name over part A of blind26, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Canonical names follow the blindset where a person recurs there (Andrés Manuel López Obrador,
Luiz Inácio Lula da Silva, Jair Bolsonaro, Cyril Ramaphosa, Mette Frederiksen, Marcelo Ebrard,
The Presidency (South Africa), EFE, Twitter, Facebook).

Names written two ways in two articles are forms of one canonical name:
- Alberto Fernandez (2500, MercoPress, no accents) / Alberto Fernández (2501, 2502);
- Andres Manuel Lopez Obrador (2500) / Andrés Manuel López Obrador (2502) / AMLO (2501);
- Patrice Trovoada (2505, 2507) / Patrice Emery Trovoada (2506);
- Stefan Löfven (2508) / Stefan Lofven (2509);
- Sao Tome and Principe (2506) / São Tomé and Príncipe (2505, 2507).

Typing (blindset judgement 2: people who are, were or became heads of state or government are
Leaders): the president-elect Alberto Fernández; the acting prime minister Pedro Sánchez; the former
presidents Lula and Cristina Fernández de Kirchner; Nicolás Maduro and Evo Morales; King Mswati III and Queen Margrethe II (heads of
state); Mette Frederiksen (prime minister-in-waiting in June 2019, prime minister from 27 June);
Lars Løkke Rasmussen (outgoing prime minister); Jacob Zuma (resigned the day before the events).
Persons: ministers (Ebrard, Gomes Cravinho, Téte António, Carlos França, Reinsalu, Samuelsen); the
Governor-General of Antigua and Barbuda, Sir Rodney Williams (the monarch's representative, not head
of state); the Faroese Prime Minister Aksel V. Johannesen (head of government of a self-governing
territory of the Danish realm, not of a sovereign state; blind21 typed Greenland's premier likewise);
the AU Commission chairperson Moussa Faki Mahamat; the former speaker Delfim Neves; the spokesman Juan
Pablo Biondi; and the invented bylines (Matías Rivarola, Kairi Lepp).
Bare titles ("the prime minister", "the President") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Latin America and Spain
    "Alberto Fernández": (L, ["Alberto Fernandez", "Fernandez", "Fernández"]),
    "Mauricio Macri": (L, ["Macri", "Outgoing president Mauricio Macri"]),
    "Andrés Manuel López Obrador": (L, ["Andres Manuel Lopez Obrador", "López Obrador", "Lopez Obrador", "AMLO",
                                        "President López Obrador"]),
    "Pedro Sánchez": (L, ["Pedro Sanchez", "Sanchez", "Sánchez"]),
    "Jair Bolsonaro": (L, ["Bolsonaro", "Brazilian President Jair Bolsonaro"]),
    "Sebastián Piñera": (L, ["Sebastian Piñera", "Piñera", "Pinera"]),
    "Cristina Fernández de Kirchner": (L, ["Cristina Fernandez de Kirchner", "Fernández de Kirchner",
                                           "Fernandez de Kirchner"]),
    "Tabaré Vázquez": (L, ["Uruguayan President Tabaré Vázquez", "Vázquez"]),
    "Luiz Inácio Lula da Silva": (L, ["Lula"]),
    "Nicolás Maduro": (L, ["Nicolas Maduro", "Maduro"]),
    "Evo Morales": (L, ["Morales"]),
    # ---------------- Leaders: Africa
    "Cyril Ramaphosa": (L, ["President Cyril Ramaphosa", "President Ramaphosa", "Ramaphosa"]),
    "Paul Kagame": (L, ["President Paul Kagame", "Kagame"]),
    "Mswati III": (L, ["King Mswati III", "Mswati"]),
    "Emmerson Mnangagwa": (L, ["President Emmerson Mnangagwa", "Mnangagwa"]),
    "Edgar Lungu": (L, ["President Edgar Chagwa Lungu", "Edgar Chagwa Lungu", "Lungu"]),
    "Yoweri Museveni": (L, ["President Yoweri Kaguta Museveni", "Yoweri Kaguta Museveni", "Museveni"]),
    "Jacob Zuma": (L, ["Zuma"]),
    "Patrice Trovoada": (L, ["Patrice Emery Trovoada", "Trovoada", "Prime Minister Patrice Trovoada"]),
    "Carlos Vila Nova": (L, ["President Carlos Vila Nova", "President Vila Nova", "Vila Nova"]),
    "Ali Bongo Ondimba": (L, ["President Ali Bongo Ondimba", "Bongo"]),
    "Macky Sall": (L, ["Sall"]),
    # ---------------- Leaders: Caribbean and United Kingdom
    "Keith Rowley": (L, ["Dr Keith Rowley", "Rowley", "Prime Minister Dr Keith Rowley"]),
    "Gaston Browne": (L, ["Browne"]),
    "Keith Mitchell": (L, ["Dr Keith Mitchell", "Prime Minister Dr Keith Mitchell"]),
    "Roosevelt Skerrit": (L, ["Prime Minister Roosevelt Skerrit", "Skerrit"]),
    "Freundel Stuart": (L, ["Prime Minister Freundel Stuart", "Stuart"]),
    "Theresa May": (L, ["British Prime Minister Theresa May"]),
    # ---------------- Leaders: Portugal, Nordic and Baltic states
    "Marcelo Rebelo de Sousa": (L, ["President Marcelo Rebelo de Sousa", "Rebelo de Sousa", "Marcelo"]),
    "António Costa": (L, ["Prime Minister António Costa", "Prime Minister Costa", "Costa"]),
    "Mette Frederiksen": (L, ["Frederiksen"]),
    "Lars Løkke Rasmussen": (L, ["Løkke Rasmussen", "Løkke"]),
    "Stefan Löfven": (L, ["Swedish Prime Minister Stefan Löfven", "Swedish Prime Minister Stefan Lofven",
                          "Stefan Lofven", "Löfven", "Lofven"]),
    "Erna Solberg": (L, ["Solberg"]),
    "Antti Rinne": (L, ["Rinne"]),
    "Katrín Jakobsdóttir": (L, ["Prime Minister Katrín Jakobsdóttir"]),
    "Margrethe II": (L, ["Queen Margrethe II"]),
    "Jüri Ratas": (L, ["Prime Minister Jüri Ratas", "Ratas"]),
    # ---------------- Persons
    "Marcelo Ebrard": (P, ["Foreign Minister Marcelo Ebrard", "Ebrard"]),
    "Juan Pablo Biondi": (P, []),
    "Matías Rivarola": (P, []),
    "Rodney Williams": (P, ["Sir Rodney Williams", "Governor General Sir Rodney Williams"]),
    "João Gomes Cravinho": (P, ["Foreign Minister João Gomes Cravinho", "Gomes Cravinho"]),
    "Téte António": (P, []),
    "Carlos França": (P, ["Minister Carlos França"]),
    "Delfim Neves": (P, []),
    "Moussa Faki Mahamat": (P, ["Faki"]),
    "Aksel V. Johannesen": (P, ["Faroese Prime Minister Aksel V. Johannesen", "Johannesen"]),
    "Urmas Reinsalu": (P, ["Foreign Minister Urmas Reinsalu", "Reinsalu"]),
    "Anders Samuelsen": (P, ["Danish Foreign Minister Anders Samuelsen", "Samuelsen"]),
    "Kairi Lepp": (P, []),
    # ---------------- Outlets
    "EFE": (O, []),
    "Twitter": (O, []),
    "Facebook": (O, []),
    "Instagram": (O, []),
    "Clarín": (O, ["Clarin"]),
    "Radio Fórmula": (O, []),
    "Milenio": (O, []),
    "El Universal": (O, []),
    "Mexico News Daily": (O, []),
    "Infobae": (O, []),
    "IOL": (O, []),
    "Caribbean Media Corporation": (O, ["CMC"]),
    "Lusa": (O, []),
    "Macau Business": (O, []),
    "Africanews": (O, []),
    "Gabon 1ère": (O, []),
    "ECO News": (O, ["ECO"]),
    "Téla Nón": (O, []),
    "TV 2 (Denmark)": (O, ["TV 2"]),
    "DR": (O, []),
    "Ritzau": (O, []),
    "The Local Denmark": (O, ["The Local"]),
    "TT": (O, []),
    "ERR News": (O, []),
    # ---------------- Countries and territories
    "Argentina": (C, ["Argentine", "Argentines", "Buenos Aires"]),
    "Mexico": (C, ["Mexican", "Mexico City"]),
    "Spain": (C, ["Madrid"]),
    "Brazil": (C, ["Brazilian", "Brasilia", "Brasília"]),
    "Chile": (C, ["Santiago"]),
    "Uruguay": (C, ["Uruguayan", "Montevideo"]),
    "Bolivia": (C, []),
    "Venezuela": (C, ["Caracas"]),
    "South Africa": (C, []),
    "Rwanda": (C, []),
    "Eswatini": (C, ["Swaziland"]),
    "Zimbabwe": (C, []),
    "Zambia": (C, []),
    "Uganda": (C, []),
    "Antigua and Barbuda": (C, ["Antigua", "Antiguans"]),
    "Trinidad and Tobago": (C, []),
    "Grenada": (C, []),
    "Dominica": (C, []),
    "Barbados": (C, []),
    "United Kingdom": (C, ["British"]),
    "São Tomé and Príncipe": (C, ["Sao Tome and Principe", "São Tomé", "Sao Tome"]),
    "Portugal": (C, ["Portuguese", "Lisbon"]),
    "Angola": (C, ["Angolan", "Luanda"]),
    "Gabon": (C, ["Libreville"]),
    "Senegal": (C, []),
    "Denmark": (C, ["Danish"]),
    "Sweden": (C, ["Swedish"]),
    "Norway": (C, []),
    "Finland": (C, []),
    "Iceland": (C, []),
    "Faroe Islands": (C, ["Faroese"]),
    "Estonia": (C, []),
    # ---------------- Organizations
    "Frente de Todos": (G, []),
    "Casa Rosada": (G, []),
    "Moncloa": (G, []),
    "National Palace (Mexico)": (G, ["National Palace"]),
    "Organization of American States": (G, []),
    "Puebla Group": (G, []),
    "The Presidency (South Africa)": (G, ["The Presidency", "Presidency"]),
    "National Assembly (South Africa)": (G, ["National Assembly"]),
    "African Union": (G, ["AU"]),
    "African National Congress": (G, ["ANC"]),
    "Southern African Development Community": (G, ["SADC"]),
    "Caribbean Community": (G, ["CARICOM"]),
    "Caribbean Disaster Emergency Management Agency": (G, ["CDEMA"]),
    "Government House (Antigua and Barbuda)": (G, ["Government House"]),
    "Office of the Prime Minister (Trinidad and Tobago)": (G, ["Office of the Prime Minister"]),
    "National Office of Disaster Services": (G, []),
    "Presidency of the Portuguese Republic": (G, ["Presidency"]),
    "Community of Portuguese Language Countries": (G, ["CPLP"]),
    "Independent Democratic Action": (G, ["ADI"]),
    "Economic Community of Central African States": (G, ["ECCAS"]),
    "Folketing": (G, []),
    "Danish People's Party": (G, []),
    "Venstre": (G, []),
    "Liberal Alliance": (G, []),
    "NATO": (G, []),
    "European Union": (G, []),
    "Ministry of Foreign Affairs (Estonia)": (G, ["Ministry of Foreign Affairs"]),
}
