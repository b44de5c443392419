"""One type per canonical name over part B of blind41, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two or more ways across the articles are forms of one canonical name:
- Luiz Inácio Lula da Silva / "Luiz Inacio Lula da Silva" (4014, no accent) / "Lula da Silva" (4011, 4012, 4019) /
  "Lula";
- Filipe Nyusi / "Filipe Jacinto Nyusi" (4012);
- Marcelo Rebelo de Sousa / "Marcelo" (4013's headline and body);
- Lars Løkke Rasmussen / "Lars Løkke", "Løkke" (4016, 4018);
- Abiy Ahmed / "Ethiopian Prime Minister Abiy Ahmed", "Abiy";
- Margrethe II / "Queen Margrethe II".

Typing (the blindset's judgement 2: people who are or were heads of state or government are Leaders):
Leaders: presidents and prime ministers in office; Lula as president-elect (president 2003-2010); King Felipe VI
and Queen Margrethe II (no call); Lars Løkke Rasmussen (prime minister 2009-2011 and 2015-2019, a party leader
in 2022); Olusegun Obasanjo and Uhuru Kenyatta (former presidents, AU mediators, no call).
Persons: vice-president-elect Geraldo Alckmin (later acting president during Lula's trips; kept a Person, as the
blindset kept Winston Peters), ministers (Carlos França, João Gomes Cravinho, Verónica Macamo, Tobias Billström,
Jeppe Kofod, Naledi Pandor, Demeke Mekonnen, Ciro Nogueira), party leaders who never led a government (Gleisi
Hoffmann, Inger Støjberg, Jakob Ellemann-Jensen), a former deputy president (Phumzile Mlambo-Ngcuka), a
spokesperson (Vincent Magwenya) and the bylines (invented).
Bare titles ("the president-elect", "the Angolan Head of State", "the prime minister") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Latin America
    "Luiz Inácio Lula da Silva": (L, ["Luiz Inacio Lula da Silva", "Lula da Silva", "Lula"]),
    "Jair Bolsonaro": (L, ["Bolsonaro"]),
    "Gustavo Petro": (L, ["Petro"]),
    "Alberto Fernández": (L, ["Argentine President Alberto Fernández", "Fernández"]),
    "Luis Lacalle Pou": (L, ["Lacalle Pou"]),
    "Gabriel Boric": (L, ["Boric"]),
    "Luis Arce": (L, ["Arce"]),
    # ---------------- Leaders: North America
    "Joe Biden": (L, ["U.S. President Joe Biden", "US President Joe Biden", "Biden"]),
    # ---------------- Leaders: Europe
    "Felipe VI": (L, ["King Felipe VI"]),
    "Pedro Sánchez": (L, ["Prime Minister Pedro Sánchez", "Sánchez"]),
    "Marcelo Rebelo de Sousa": (L, ["Rebelo de Sousa", "Marcelo"]),
    "António Costa": (L, ["Prime Minister António Costa", "Costa"]),
    "Ulf Kristersson": (L, ["Prime Minister Ulf Kristersson", "Kristersson"]),
    "Mette Frederiksen": (L, ["Frederiksen", "Mette"]),
    "Lars Løkke Rasmussen": (L, ["Lars Løkke", "Løkke"]),
    "Jonas Gahr Støre": (L, ["Støre"]),
    "Sanna Marin": (L, []),
    "Katrín Jakobsdóttir": (L, []),
    "Kaja Kallas": (L, []),
    "Krišjānis Kariņš": (L, []),
    "Margrethe II": (L, ["Queen Margrethe II"]),
    "Recep Tayyip Erdoğan": (L, ["President Erdoğan", "Erdoğan"]),
    "Volodymyr Zelenskyy": (L, ["Ukraine's President Volodymyr Zelenskyy", "Zelenskyy"]),
    # ---------------- Leaders: Africa
    "João Lourenço": (L, ["President João Lourenço", "Lourenço"]),
    "Filipe Nyusi": (L, ["Mozambican President Filipe Jacinto Nyusi", "Filipe Jacinto Nyusi", "Nyusi"]),
    "Cyril Ramaphosa": (L, ["President Cyril Ramaphosa", "Ramaphosa"]),
    "Macky Sall": (L, ["Senegal's President Macky Sall", "President Macky Sall", "Sall"]),
    "William Ruto": (L, ["Kenya's President William Ruto", "President William Ruto", "Ruto"]),
    "Abiy Ahmed": (L, ["Ethiopian Prime Minister Abiy Ahmed", "Abiy"]),
    "Olusegun Obasanjo": (L, []),
    "Uhuru Kenyatta": (L, []),
    # ---------------- Persons: ministers, officials, politicians
    "Geraldo Alckmin": (P, ["Vice President-elect Geraldo Alckmin", "Alckmin"]),
    "Ciro Nogueira": (P, []),
    "Gleisi Hoffmann": (P, []),
    "Carlos França": (P, ["França"]),
    "João Gomes Cravinho": (P, ["Foreign Minister João Gomes Cravinho", "Gomes Cravinho"]),
    "Verónica Macamo": (P, ["Macamo"]),
    "Tobias Billström": (P, ["Billström"]),
    "Jeppe Kofod": (P, ["Kofod"]),
    "Inger Støjberg": (P, ["Støjberg"]),
    "Jakob Ellemann-Jensen": (P, ["Venstre leader Jakob Ellemann-Jensen", "Ellemann-Jensen"]),
    "Naledi Pandor": (P, ["International Relations Minister Naledi Pandor", "Pandor"]),
    "Demeke Mekonnen": (P, ["Demeke"]),
    "Phumzile Mlambo-Ngcuka": (P, []),
    "Vincent Magwenya": (P, ["Magwenya"]),
    # ---------------- Persons: bylines (invented)
    "Renata Quintella": (P, []),
    "Tomás Albuquerque": (P, []),
    "Catarina Amaral Weiss": (P, []),
    "Helena Markowitz Prado": (P, []),
    "Astrid Vinther Hald": (P, []),
    "Kasper Lindahl Brun": (P, []),
    "Sipho Mavuso": (P, []),
    # ---------------- Outlets
    "The Brazilian Report": (O, ["THE BRAZILIAN REPORT"]),
    "Twitter": (O, []),
    "Facebook": (O, []),
    "ANGOP": (O, ["Angola Press Agency"]),
    "Televisão Pública de Angola": (O, ["TPA"]),
    "Club of Mozambique": (O, []),
    "Agência de Informação de Moçambique": (O, ["AIM"]),
    "The Portugal News": (O, []),
    "Lusa": (O, []),
    "MercoPress": (O, []),
    "Metrópoles": (O, []),
    "Agencia Boliviana de Información": (O, ["ABI"]),
    "Americas Quarterly": (O, ["AMERICAS QUARTERLY", "AQ"]),
    "RTP": (O, []),
    "Radio Sweden": (O, []),
    "Ekot": (O, []),
    "Aftonbladet": (O, []),
    "The Copenhagen Post": (O, ["THE COPENHAGEN POST"]),
    "Ritzau": (O, []),
    "DR": (O, []),
    "TV 2": (O, []),
    "Politico": (O, ["POLITICO"]),
    "Berlingske": (O, []),
    "SABC News": (O, []),
    # ---------------- Countries
    "Brazil": (C, ["Brazilian", "Brasília"]),
    "Colombia": (C, []),
    "Spain": (C, ["Spanish", "Madrid"]),
    "Angola": (C, ["Angolan", "Luanda"]),
    "Argentina": (C, ["Argentine"]),
    "United States": (C, ["U.S.", "US", "Washington"]),
    "Portugal": (C, ["Portuguese", "Lisbon"]),
    "Democratic Republic of Congo": (C, []),
    "Mozambique": (C, ["Mozambican", "Maputo"]),
    "Egypt": (C, []),
    "Uruguay": (C, ["Montevideo"]),
    "Chile": (C, []),
    "Bolivia": (C, ["La Paz"]),
    "China": (C, []),
    "Sweden": (C, ["Swedish"]),
    "Denmark": (C, ["Danish", "Danes", "Copenhagen"]),
    "Turkey": (C, ["Ankara"]),
    "Finland": (C, ["Helsinki"]),
    "Norway": (C, []),
    "Iceland": (C, []),
    "Estonia": (C, []),
    "Latvia": (C, []),
    "Faroe Islands": (C, []),
    "Greenland": (C, []),
    "Ukraine": (C, []),
    "South Africa": (C, []),
    "Senegal": (C, []),
    "Kenya": (C, ["Kenyan"]),
    "Ethiopia": (C, ["Ethiopian"]),
    "Nigeria": (C, ["Nigerian"]),
    # ---------------- Organizations
    "Superior Electoral Court": (G, ["TSE"]),
    "Workers' Party": (G, ["PT"]),
    "Royal Household (Spain)": (G, ["Royal Household"]),
    "White House": (G, []),
    "Alvorada Palace": (G, []),
    "Civil Affairs Office of the President of the Republic (Angola)": (G, ["Civil Affairs Office"]),
    "Presidency of the Republic (Mozambique)": (G, ["Presidency of the Republic"]),
    "Oswaldo Cruz Foundation": (G, ["Fiocruz"]),
    "Presidency of the Republic (Portugal)": (G, ["Presidency of the Republic"]),
    "European Union": (G, []),
    "Mercosur": (G, []),
    "Executive Tower": (G, []),
    "Planalto": (G, ["Palácio do Planalto"]),
    "Itamaraty": (G, []),
    "Nordic Council": (G, []),
    "Nato": (G, []),
    "Sweden Democrats": (G, []),
    "Denmark Democrats": (G, []),
    "Moderates": (G, []),
    "Venstre": (G, []),
    "African Union": (G, ["AU"]),
    "Tigray People's Liberation Front": (G, []),
    "BRICS": (G, []),
}
