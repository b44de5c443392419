"""One type per canonical name over part A of blind42, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways in two or more articles are forms of one canonical name:
- Benjamin Netanyahu (4100, 4101) / Binyamin Netanyahu (4102);
- Félix Tshisekedi (4103) / Felix Tshisekedi (4104, no accent) / Félix-Antoine Tshisekedi (4105);
- Christophe Lutundula (4104, 4105) / Christophe Lutundula Apala (4103);
- Hamilton Mourao (4101, Xinhua's unaccented spelling) / Hamilton Mourão (4102);
- Télam is written "Telam" in 4101 (the canonical form does not occur in this part).

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents, prime ministers, the King of the Belgians, Magdalena Andersson (prime minister-elect on 24-25
November 2021, prime minister from 30 November), and Hamilton Mourão, vice-president of Brazil, who was acting
president from 28 to 30 January 2019 (as the earlier sets typed acting presidents such as Chiwenga and Mamytov).
Persons: ministers and cabinet secretaries (Azevedo e Silva, Canuto, Biruta, Lutundula, Omamo, Wilmès, Linde, Santos
Silva, Albares), the IDF chief of staff (Kochavi), a state governor (Zema), the presidents of two regional governments
(Torres of the Canary Islands, Bolieiro of the Azores: heads of sub-national governments, as the blindset's Doug Ford),
party leaders who never headed a government (Åkesson, Busch, Lööf, Stenevi), a State House spokesperson (Dena-Mararo),
a company chief executive (Schvartsman), a bereaved resident (invented) and the bylines and editors (invented).
Bare titles ("the President", "the Head of State", "the King", "the prime minister") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: the Brumadinho dam collapse (January 2019)
    "Benjamin Netanyahu": (L, ["Prime Minister Benjamin Netanyahu", "Israeli Prime Minister Benjamin Netanyahu",
                               "Binyamin Netanyahu", "Netanyahu"]),
    "Jair Bolsonaro": (L, ["President Jair Bolsonaro", "Brazilian President Jair Bolsonaro", "Bolsonaro"]),
    "Mauricio Macri": (L, ["Argentine President Mauricio Macri", "Macri"]),
    "Hamilton Mourão": (L, ["Vice President Hamilton Mourão", "Vice President Hamilton Mourao", "Hamilton Mourao",
                            "Mourão", "Mourao"]),
    # ---------------- Leaders: the Nyiragongo eruption (May 2021)
    "Paul Kagame": (L, ["President Paul Kagame", "Kagame"]),
    "Félix Tshisekedi": (L, ["President Félix Tshisekedi", "Felix Tshisekedi", "Félix-Antoine Tshisekedi",
                             "President Tshisekedi", "Tshisekedi"]),
    "Uhuru Kenyatta": (L, ["President Uhuru Kenyatta", "President Kenyatta", "Uhuru", "Kenyatta"]),
    "Alexander De Croo": (L, ["Prime Minister Alexander De Croo", "De Croo"]),
    "Philippe of Belgium": (L, ["King Philippe", "Philippe"]),
    # ---------------- Leaders: Sweden's change of prime minister (November 2021)
    "Magdalena Andersson": (L, ["Andersson"]),
    "Sanna Marin": (L, ["Prime Minister Sanna Marin", "Marin"]),
    "Stefan Löfven": (L, ["Löfven"]),
    "Jonas Gahr Støre": (L, ["Prime Minister Jonas Gahr Støre", "Støre"]),
    "Kaja Kallas": (L, ["Prime Minister Kaja Kallas", "Kallas"]),
    "Mette Frederiksen": (L, ["Frederiksen"]),
    "Krišjānis Kariņš": (L, ["Prime Minister Krišjānis Kariņš", "Kariņš"]),
    "Katrín Jakobsdóttir": (L, []),
    "Ingrida Šimonytė": (L, ["Prime Minister Ingrida Šimonytė"]),
    # ---------------- Leaders: the La Palma eruption (September 2021)
    "António Costa": (L, ["Costa"]),
    "Pedro Sánchez": (L, ["Sánchez"]),
    # ---------------- Persons: ministers, officials and others
    "Aviv Kochavi": (P, ["Lt. Gen. Aviv Kochavi", "Kochavi"]),
    "Fernando Azevedo e Silva": (P, []),
    "Romeu Zema": (P, ["Zema"]),
    "Fabio Schvartsman": (P, ["Schvartsman"]),
    "Gustavo Canuto": (P, ["Regional Development Minister Gustavo Canuto"]),
    "Vincent Biruta": (P, ["Dr Vincent Biruta", "Biruta"]),
    "Christophe Lutundula": (P, ["Christophe Lutundula Apala", "Lutundula"]),
    "Kanze Dena-Mararo": (P, ["Dena-Mararo"]),
    "Raychelle Omamo": (P, ["Foreign Affairs Cabinet Secretary Raychelle Omamo", "Omamo"]),
    "Sophie Wilmès": (P, ["Foreign Minister Sophie Wilmès", "Wilmès"]),
    "Jimmie Åkesson": (P, ["Åkesson"]),
    "Ebba Busch": (P, []),
    "Märta Stenevi": (P, []),
    "Annie Lööf": (P, []),
    "Ann Linde": (P, []),
    "Ángel Víctor Torres": (P, ["Torres"]),
    "José Manuel Bolieiro": (P, []),
    "Augusto Santos Silva": (P, ["Santos Silva"]),
    "José Manuel Albares": (P, ["Albares"]),
    # invented: bylines, editors, contributors and a bereaved resident
    "Gao Wenjing": (P, []),
    "Tiago Brandão Ferraz": (P, []),
    "Rosângela Duarte Vieira": (P, []),
    "Aline Uwamahoro-Keza": (P, []),
    "Wanjiru Kamau-Odhiambo": (P, []),
    "Brian Otieno-Wafula": (P, []),
    "Maëlle Verhaegen-Dubois": (P, []),
    "Karin Lindqvist-Roos": (P, []),
    "Kertu Saarmets-Lind": (P, []),
    # ---------------- Outlets and platforms
    "Haaretz": (O, []),
    "Twitter": (O, []),
    "Xinhua": (O, []),
    "Télam": (O, ["Telam"]),
    "GloboNews": (O, []),
    "Mongabay": (O, []),
    "Folha de S.Paulo": (O, ["Folha"]),
    "RTNC": (O, []),
    "Het Laatste Nieuws": (O, []),
    "De Standaard": (O, []),
    "Belga": (O, ["Belga news agency"]),
    "The Brussels Times": (O, ["Brussels Times"]),
    "The Local": (O, []),
    "ERR News": (O, ["ERR"]),
    "BNS": (O, ["Baltic News Service"]),
    "NRK": (O, []),
    "Instagram": (O, []),
    "Canarian Weekly": (O, []),
    # ---------------- Countries
    "Israel": (C, ["Israeli"]),
    "Brazil": (C, ["Brazilian"]),
    "Argentina": (C, ["Argentine"]),
    "Rwanda": (C, ["Rwandan"]),
    "Democratic Republic of the Congo": (C, ["Democratic Republic of Congo", "DRC", "Congolese"]),
    "Kenya": (C, ["Kenyan", "Kenyans"]),
    "Belgium": (C, ["Belgian"]),
    "Finland": (C, ["Finnish"]),
    "Sweden": (C, ["Swedish"]),
    "Norway": (C, ["Norwegian"]),
    "Denmark": (C, []),
    "Latvia": (C, ["Latvian"]),
    "Lithuania": (C, []),
    "Iceland": (C, []),
    "Belarus": (C, ["Belarusian"]),
    "Portugal": (C, ["Portuguese"]),
    "Spain": (C, ["Spanish"]),
    # ---------------- Organizations
    "Prime Minister's Office": (G, []),
    "Home Front Command": (G, []),
    "IDF Spokesperson's Unit": (G, []),
    "Vale": (G, []),
    "Office of the President": (G, []),
    "Village Urugwiro": (G, []),
    "Ministry in charge of Emergency Management": (G, ["MINEMA"]),
    "Goma Volcano Observatory": (G, []),
    "State House": (G, []),
    "African Union": (G, []),
    "Kenya Red Cross": (G, []),
    "Kenyan Embassy in Kinshasa": (G, []),
    "B-FAST": (G, []),
    "Royal Palace": (G, []),
    "Riksdag": (G, []),
    "Green Party": (G, []),
    "Sweden Democrats": (G, []),
    "International Monetary Fund": (G, []),
    "Cabildo": (G, []),
    "Involcan": (G, []),
    "Guardia Civil": (G, []),
    "United Nations General Assembly": (G, []),
}
