"""One type per canonical name over part B of blind50, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Names written two ways across articles: "Zelensky" (4830, 4832, 4833, 4837) / "Zelenskyy" (4831, 4834);
"Erdoğan" (4832) / "Erdogan" (4834); "Emmerson Mnangagwa" (4836) / "Emmerson Dambudzo Mnangagwa" (4835);
"Edgars Rinkēvičs" (canonical) / "Edgars Rinkevics" (4833, without diacritics).

Typing (the blindset's judgement 2: who is or was a head of state or government is a Leader):
- Leaders: presidents, prime ministers and the King of Eswatini (Mswati III); the president-elect of the Czech
  Republic (Pavel, 4830, 4831); Latvia's foreign minister and president-elect Rinkēvičs (4833: sworn in as president in
  July 2023, typed Leader in the prior sets); Romania's interim president Bolojan (4837); former heads of government
  with no call (Babiš, Magdalena Andersson); Mark Rutte (NATO Secretary General, a former Dutch prime minister, typed
  Leader in the prior sets); Queen Elizabeth II (head of state of Canada, no call).
- Persons: ministers (Kuleba, Lipavský, Blinken, Billström, Haavisto, Pandor, Shava); the Governor General of Canada
  (Payette: the monarch's representative, as the priors typed governors-general); provincial premiers (Moe, Notley);
  a regional governor (Prokudin); spokespeople (Peskov, Charamba, Magwenya); an opposition leader (Chamisa); the
  electoral commission chair (Chigumba); a former vice-president (Mumba); Prince Philip; the bylines.
Bare titles are never aliases ("the Queen", "The King", "the prime minister", "the premier").
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------------------------------------------------------- Leaders
    # Czech presidential run-off, January 2023 (4830, 4831)
    "Volodymyr Zelensky": (L, ["Ukrainian President Volodymyr Zelensky", "President Volodymyr Zelensky",
                               "Ukraine's President Volodymyr Zelensky",
                               "President Zelensky", "President Zelenskyy", "Volodymyr Zelenskyy", "Zelensky",
                               "Zelenskyy"]),
    "Petr Pavel": (L, ["General Pavel", "Pavel"]),
    "Andrej Babiš": (L, ["Babiš"]),
    "Miloš Zeman": (L, ["President Miloš Zeman", "President Zeman"]),
    "Andrzej Duda": (L, ["Polish President Andrzej Duda", "President Duda"]),
    "Zuzana Čaputová": (L, ["President Čaputová"]),
    "Tsai Ing-wen": (L, ["Taiwan's President Tsai Ing-wen", "President Tsai Ing-wen"]),
    # Kakhovka dam, June 2023 (4832, 4833, 4834)
    "Fumio Kishida": (L, ["Japanese Prime Minister Fumio Kishida", "Prime Minister Kishida", "Kishida"]),
    "Ulf Kristersson": (L, ["Swedish Prime Minister Ulf Kristersson", "Prime Minister Ulf Kristersson",
                            "Kristersson"]),
    "Recep Tayyip Erdoğan": (L, ["Turkish President Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdoğan",
                                 "Erdogan"]),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin", "Putin"]),
    "Edgars Rinkēvičs": (L, ["Edgars Rinkevics", "Rinkevics"]),
    "Magdalena Andersson": (L, []),
    # Zimbabwe's election, August 2023 (4835, 4836)
    "Emmerson Mnangagwa": (L, ["President Emmerson Dambudzo Mnangagwa", "Emmerson Dambudzo Mnangagwa",
                               "President Mnangagwa", "Mnangagwa"]),
    "Mswati III": (L, ["His Majesty King Mswati III", "King Mswati III"]),
    "Cyril Ramaphosa": (L, ["South African President Cyril Ramaphosa", "President Cyril Ramaphosa",
                            "President Ramaphosa", "Ramaphosa"]),
    "Filipe Nyusi": (L, ["Mozambican President Filipe Nyusi"]),
    "João Lourenço": (L, ["Angolan President João Lourenço"]),
    "Hakainde Hichilema": (L, ["Zambian President Hakainde Hichilema", "President Hichilema"]),
    "Xi Jinping": (L, ["Chinese President Xi Jinping"]),
    # Romania's interim presidency, February 2025 (4837)
    "Ilie Bolojan": (L, ["Bolojan"]),
    "Klaus Iohannis": (L, []),
    "Maia Sandu": (L, ["Moldovan President Maia Sandu"]),
    "Emmanuel Macron": (L, ["French President Emmanuel Macron", "Macron"]),
    "Bart De Wever": (L, []),
    "Petr Fiala": (L, []),
    "Mark Rutte": (L, ["NATO Secretary General Mark Rutte"]),
    # Humboldt bus crash, April 2018 (4838, 4839)
    "Justin Trudeau": (L, ["Prime Minister Justin Trudeau", "Trudeau"]),
    "Donald Trump": (L, ["U.S. President Donald Trump", "President Donald Trump", "Trump"]),
    "Elizabeth II": (L, ["Queen Elizabeth"]),
    # ---------------------------------------------------------------- Persons
    "Dmytro Kuleba": (P, ["Ukrainian Foreign Minister Dmytro Kuleba", "Foreign Minister Dmytro Kuleba", "Kuleba"]),
    "Jan Lipavský": (P, []),
    "Antony Blinken": (P, ["U.S. Secretary of State Antony Blinken", "Blinken"]),
    "Dmitry Peskov": (P, ["Kremlin spokesman Dmitry Peskov"]),
    "Oleksandr Prokudin": (P, ["Kherson Oblast Governor Oleksandr Prokudin"]),
    "Tobias Billström": (P, ["Foreign Minister Tobias Billström"]),
    "Pekka Haavisto": (P, []),
    "Nelson Chamisa": (P, ["Mr Nelson Chamisa", "Mr Chamisa", "Chamisa"]),
    "George Charamba": (P, ["Mr George Charamba", "Mr Charamba"]),
    "Priscilla Chigumba": (P, ["Justice Priscilla Chigumba"]),
    "Nevers Mumba": (P, ["Dr Nevers Mumba"]),
    "Vincent Magwenya": (P, ["Magwenya"]),
    "Naledi Pandor": (P, ["Pandor"]),
    "Frederick Shava": (P, []),
    "Julie Payette": (P, ["Gov. Gen. Julie Payette"]),
    "Scott Moe": (P, ["Saskatchewan Premier Scott Moe", "Premier Scott Moe", "Moe"]),
    "Rachel Notley": (P, ["Alberta Premier Rachel Notley", "Notley"]),
    "Prince Philip": (P, []),
    # bylines (invented)
    "Tereza Vlčková-Hendl": (P, []),
    "Bohdana Kalynovych": (P, []),
    "Petro Savchenko-Lis": (P, []),
    "Linnea Åkerholm-Brandt": (P, []),
    "Tendai Mashingaidze-Moyo": (P, []),
    "Radu Ionescu-Vâlcea": (P, []),
    "Stephanie Krawchuk-Lang": (P, []),
    "Darnell Okafor-Reimer": (P, []),
    # ---------------------------------------------------------------- Outlets
    "Interfax-Ukraine": (O, []),
    "Telegram": (O, []),
    "Czech News Agency": (O, ["ČTK"]),
    "Twitter": (O, []),
    "Radio Prague International": (O, ["RPI"]),
    "Radiožurnál": (O, []),
    "The Kyiv Independent": (O, ["Kyiv Independent"]),
    "Anadolu Agency": (O, []),
    "Suspilne Kherson": (O, []),
    "Radio Sweden": (O, []),
    "TT": (O, []),
    "Sveriges Radio": (O, []),
    "The Local Sweden": (O, ["The Local"]),
    "Expressen": (O, []),
    "The Herald": (O, []),
    "ZBC News": (O, []),
    "X": (O, []),
    "NewsDay": (O, []),
    "SABC News": (O, []),
    "News24": (O, []),
    "Romania Insider": (O, []),
    "Agerpres": (O, []),
    "CBC News": (O, []),
    "The Canadian Press": (O, []),
    "CTV": (O, []),
    # ---------------------------------------------------------------- Countries
    "Ukraine": (C, ["Ukrainian"]),
    "Czech Republic": (C, ["Czech"]),
    "Poland": (C, []),
    "Slovakia": (C, []),
    "Taiwan": (C, []),
    "China": (C, ["Chinese", "Beijing"]),
    "Japan": (C, ["Japanese", "Tokyo"]),
    "Sweden": (C, ["Swedish"]),
    "Turkey": (C, ["Turkish", "Ankara"]),
    "Russia": (C, ["Russian"]),
    "United States": (C, ["U.S."]),
    "Finland": (C, []),
    "Latvia": (C, []),
    "Spain": (C, []),
    "Zimbabwe": (C, ["Zimbabwean"]),
    "Eswatini": (C, []),
    "South Africa": (C, ["South African"]),
    "Mozambique": (C, ["Mozambican"]),
    "Angola": (C, ["Angolan"]),
    "Zambia": (C, ["Zambian"]),
    "Romania": (C, []),
    "Moldova": (C, ["Republic of Moldova", "Moldovan"]),
    "France": (C, ["French Republic", "French"]),
    "Canada": (C, []),
    "Belgium": (C, []),
    # ---------------------------------------------------------------- Organizations
    "NATO": (G, []),
    "European Union": (G, ["EU"]),
    "National Security and Defense Council": (G, []),
    "Communications Directorate": (G, []),
    "State Department": (G, []),
    "G7": (G, []),
    "Swedish Civil Contingencies Agency": (G, ["MSB"]),
    "European Commission": (G, []),
    "Foreign Ministry (Sweden)": (G, ["Foreign Ministry"]),
    "PKK": (G, []),
    "Zimbabwe Electoral Commission": (G, ["ZEC"]),
    "Citizens Coalition for Change": (G, []),
    "SADC": (G, []),
    "SADC Electoral Observation Mission": (G, []),
    "Zanu PF": (G, []),
    "Presidency (South Africa)": (G, ["Presidency"]),
    "Department of International Relations and Cooperation": (G, []),
    "Democratic Alliance": (G, []),
    "Presidential Administration (Romania)": (G, ["Presidential Administration"]),
    "RCMP": (G, []),
    "Saskatchewan Health Authority": (G, []),
    "Humboldt Broncos": (G, []),
    "White House": (G, []),
    "National Hockey League": (G, []),
}
