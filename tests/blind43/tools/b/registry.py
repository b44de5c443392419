"""One type per canonical name over part B of blind43, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two or more ways across the articles are forms of one canonical name:
- Alassane Ouattara / "Alassane Dramane Ouattara" (4210);
- Nana Akufo-Addo / "Nana Addo Dankwa Akufo-Addo" (4210, 4211's statement) / "President Nana Akufo-Addo" (4211's intro);
- Hamed Bakayoko / "Hambak" (4212, his nickname);
- Amadou Gon Coulibaly / "Gon Coulibaly" / "Amadou Gon" (4211's Facebook post). Ally Coulibaly is another man: the bare
  "Coulibaly" is never an alias;
- Ibrahim Boubacar Keïta (registry) / "Ibrahim Boubacar Keita", "Keita" (4212, without the diaeresis);
- Sauli Niinistö / "Sauli Niinisto", "Niinisto" (4214, LETA copy without diacritics);
- Juha Sipilä / "Juha Sipila" (4214); Jüri Ratas / "Juri Ratas" (4214); Dalia Grybauskaitė / "Dalia Grybauskaite" (4214);
- Carl XVI Gustaf / "King Carl XVI Gustaf", "His Majesty King Carl XVI Gustaf";
- Lenín Moreno / "Lenin Moreno" (4216); Raúl Castro / "Raul Castro" (4216); Nicolás Maduro / "Nicolas Maduro" (4216);
  Bruno Rodríguez Parrilla / "Bruno Rodriguez" (4216);
- Luciano D'Alfonso (a name with a particle) ; Jean-Yves Le Drian; Marie-Louise Coleiro Preca.
- The Local: one outlet for the Swedish (4215) and Italian (4218) sites, which the texts call "The Local".

Typing (the blindset's judgement 2: people who are or were heads of state or government are Leaders):
Leaders: presidents, prime ministers and the King of Sweden in office; Hamed Bakayoko (acting prime minister in July
2020, prime minister from 30 July 2020); Amadou Gon Coulibaly (prime minister, dead at the dates of the articles; no
call); Raúl Castro (President of the Councils of State and of Ministers); Mahamadou Issoufou, Goodluck Jonathan (a former
president of Nigeria); Rafael Correa (outgoing president; no call); Vladimir Putin (no call); Macky Sall (no call).
By the "is or was" rule, with a later or earlier office: Patrick Achi (secretary-general of the Ivorian Presidency in
2020, prime minister 2021-2023; no call), Edgars Rinkēvičs (foreign minister of Latvia in 2018, president from 2023),
Guillermo Lasso (candidate in 2017, president of Ecuador 2021-2023), George Vella (foreign minister of Malta in 2017,
president 2019-2024), Ulf Kristersson (opposition leader in 2018, prime minister from 2022; no call), Jean-Claude
Juncker (President of the European Commission in 2017, prime minister of Luxembourg 1995-2013).
Persons: ministers (Ally Coulibaly, Jean-Yves Le Drian, Timo Soini, Margot Wallström, Guillaume Long, Bruno Rodríguez
Parrilla, Susana Malcorra, Angelino Alfano), a vice-president (Mahamudu Bawumia), candidates (Pekka Haavisto, Laura
Huhtasaari), regional presidents (Luciano D'Alfonso, Nicola Zingaretti, Luca Ceriscioli, Catiuscia Marini), officials
and spokespeople (Eugene Arhin, Fabrizio Curcio, Margaritis Schinas, Juan Pablo Pozo), an opposition leader (Simon
Busuttil) and the invented byline (Mathilde Ahouré-Lenoir).
Bare titles ("the prime minister", "the King", "the Ivorian leader") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: West Africa and France (4210-4212)
    "Alassane Ouattara": (L, ["President Alassane Dramane Ouattara", "Alassane Dramane Ouattara", "President Alassane Ouattara",
                              "Ouattara"]),
    "Amadou Gon Coulibaly": (L, ["Prime Minister Amadou Gon Coulibaly", "Gon Coulibaly", "Amadou Gon"]),
    "Hamed Bakayoko": (L, ["Defence Minister Hamed Bakayoko", "Hambak", "Bakayoko"]),
    "Nana Akufo-Addo": (L, ["President Nana Akufo-Addo", "Nana Addo Dankwa Akufo-Addo", "President Akufo-Addo", "Akufo-Addo"]),
    "Emmanuel Macron": (L, ["French President Emmanuel Macron", "Macron"]),
    "Mahamadou Issoufou": (L, ["Issoufou"]),
    "Umaro Sissoco Embaló": (L, ["Embaló"]),
    "Macky Sall": (L, []),
    "Patrick Achi": (L, []),
    "Jean Castex": (L, ["Castex"]),
    "Ibrahim Boubacar Keïta": (L, ["Ibrahim Boubacar Keita", "Keita", "Keïta"]),
    "George Weah": (L, ["Weah"]),
    "Goodluck Jonathan": (L, []),
    "Alpha Condé": (L, ["Condé"]),
    "Christophe Dabiré": (L, ["Dabiré"]),
    # ---------------- Leaders: the Nordic and Baltic states (4213-4215)
    "Sauli Niinistö": (L, ["President Sauli Niinistö", "Finnish President Sauli Niinistö", "Finnish President Sauli Niinisto",
                           "Sauli Niinisto", "Niinistö", "Niinisto"]),
    "Kersti Kaljulaid": (L, ["Estonian President Kersti Kaljulaid", "Kaljulaid"]),
    "Stefan Löfven": (L, ["Prime Minister Stefan Löfven", "Löfven"]),
    "Carl XVI Gustaf": (L, ["His Majesty King Carl XVI Gustaf", "King Carl XVI Gustaf"]),
    "Juha Sipilä": (L, ["Prime Minister Juha Sipilä", "Juha Sipila", "Sipilä"]),
    "Erna Solberg": (L, ["Solberg"]),
    "Vladimir Putin": (L, ["President Putin", "Putin"]),
    "Raimonds Vējonis": (L, ["Latvian President Raimonds Vējonis", "Vējonis"]),
    "Edgars Rinkēvičs": (L, ["Foreign Minister Edgars Rinkēvičs", "Rinkēvičs"]),
    "Jüri Ratas": (L, ["Estonian Prime Minister Juri Ratas", "Juri Ratas"]),
    "Dalia Grybauskaitė": (L, ["Lithuanian President Dalia Grybauskaite", "Dalia Grybauskaite"]),
    "Ulf Kristersson": (L, []),
    # ---------------- Leaders: Latin America (4216-4217)
    "Lenín Moreno": (L, ["Lenin Moreno", "Moreno"]),
    "Raúl Castro": (L, ["Army General Raul Castro", "Raul Castro", "Castro"]),
    "Nicolás Maduro": (L, ["Venezuelan President Nicolas Maduro", "Nicolas Maduro", "Maduro"]),
    "Evo Morales": (L, ["Bolivian President Evo Morales", "Morales"]),
    "Guillermo Lasso": (L, ["Lasso"]),
    "Rafael Correa": (L, ["Correa"]),
    "Mauricio Macri": (L, ["President Mauricio Macri", "Macri", "President Macri"]),
    "Michel Temer": (L, ["Temer"]),
    # ---------------- Leaders: southern Europe (4218-4219)
    "Joseph Muscat": (L, ["Maltese Prime Minister Joseph Muscat", "Prime Minister Joseph Muscat", "Dr Muscat", "Muscat"]),
    "Paolo Gentiloni": (L, ["Italian Prime Minister Paolo Gentiloni", "Mr Gentiloni", "Gentiloni"]),
    "Jean-Claude Juncker": (L, ["European Commission President Jean-Claude Juncker", "Juncker"]),
    "Marie-Louise Coleiro Preca": (L, ["President Marie-Louise Coleiro Preca"]),
    "Sergio Mattarella": (L, ["Italian President Sergio Mattarella"]),
    "George Vella": (L, ["Foreign Minister George Vella"]),
    # ---------------- Persons
    "Ally Coulibaly": (P, ["acting Foreign Minister Ally Coulibaly"]),
    "Jean-Yves Le Drian": (P, []),
    "Eugene Arhin": (P, []),
    "Mahamudu Bawumia": (P, ["Dr Mahamudu Bawumia"]),
    "Mathilde Ahouré-Lenoir": (P, []),
    "Pekka Haavisto": (P, []),
    "Laura Huhtasaari": (P, []),
    "Timo Soini": (P, []),
    "Margot Wallström": (P, ["Foreign Minister Margot Wallström"]),
    "Guillaume Long": (P, ["Foreign Minister Guillaume Long"]),
    "Bruno Rodríguez Parrilla": (P, ["Bruno Rodriguez"]),
    "Juan Pablo Pozo": (P, []),
    "Susana Malcorra": (P, ["Foreign Minister Susana Malcorra"]),
    "Luciano D'Alfonso": (P, ["D'Alfonso"]),
    "Nicola Zingaretti": (P, []),
    "Luca Ceriscioli": (P, []),
    "Catiuscia Marini": (P, []),
    "Fabrizio Curcio": (P, []),
    "Margaritis Schinas": (P, []),
    "Angelino Alfano": (P, []),
    "Simon Busuttil": (P, []),
    # ---------------- Outlets
    "APA News": (O, ["APA"]),
    "Agência de Notícias da Guiné": (O, ["ANG"]),
    "Twitter": (O, []),
    "Graphic Online": (O, []),
    "Facebook": (O, []),
    "Radiodiffusion Télévision Ivoirienne": (O, ["RTI"]),
    "Jeune Afrique": (O, []),
    "Guinéenews": (O, []),
    "Agence France-Presse": (O, ["AFP"]),
    "Yle": (O, ["Yle News"]),
    "Helsingin Sanomat": (O, ["HS"]),
    "MTV Uutiset": (O, ["MTV"]),
    "Iltalehti": (O, []),
    "LETA": (O, []),
    "ERR": (O, []),
    "BNS": (O, []),
    "The Local": (O, []),
    "Prensa Latina": (O, []),
    "El Universo": (O, []),
    "Télam": (O, []),
    "Buenos Aires Herald": (O, ["Herald"]),
    "Rai News 24": (O, []),
    "TVM": (O, []),
    # ---------------- Countries
    "Côte d'Ivoire": (C, ["Ivorian", "Abidjan"]),
    "France": (C, ["French", "Paris"]),
    "Ghana": (C, ["Ghanaian", "Accra"]),
    "Niger": (C, []),
    "Guinea-Bissau": (C, []),
    "Senegal": (C, []),
    "Mali": (C, ["Bamako"]),
    "Liberia": (C, []),
    "Nigeria": (C, ["Nigerian"]),
    "Guinea": (C, ["Guinean", "Conakry"]),
    "Burkina Faso": (C, []),
    "Finland": (C, ["Finnish", "Finns", "Helsinki"]),
    "Sweden": (C, ["Swedish", "Stockholm"]),
    "Estonia": (C, ["Estonian", "Estonians", "Tallinn"]),
    "Latvia": (C, ["Latvian", "Riga"]),
    "Lithuania": (C, ["Lithuanian"]),
    "Russia": (C, []),
    "Ecuador": (C, ["Ecuadorian", "Ecuadorean", "Quito"]),
    "Cuba": (C, ["Cuban"]),
    "Venezuela": (C, ["Venezuelan"]),
    "Bolivia": (C, ["Bolivian"]),
    "Argentina": (C, ["Buenos Aires"]),
    "Brazil": (C, ["Brazilian", "Brasília"]),
    "Italy": (C, ["Italian", "Rome"]),
    "Malta": (C, ["Maltese"]),
    # ---------------- Organizations
    "ECOWAS": (G, []),
    "RHDP": (G, []),
    "Presidency (Côte d'Ivoire)": (G, ["Presidency"]),
    "Jubilee House": (G, []),
    "Government Offices (Sweden)": (G, ["Government Offices"]),
    "Royal Court (Sweden)": (G, ["Royal Court"]),
    "Estonian Government Office": (G, []),
    "Ministry of Justice (Finland)": (G, ["Ministry of Justice"]),
    "European Union": (G, ["EU"]),
    "National Electoral Council (Ecuador)": (G, ["National Electoral Council", "CNE"]),
    "Alianza PAIS": (G, []),
    "CREO": (G, []),
    "Casa Rosada": (G, []),
    "Palazzo Chigi": (G, []),
    "European Commission": (G, []),
    "European Parliament": (G, []),
    "Office of the President (Malta)": (G, ["Office of the President"]),
    "Civil Protection Department (Malta)": (G, ["Civil Protection Department"]),
}
