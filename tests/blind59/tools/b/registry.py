"""One type per canonical name over part B of blind59, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Names written two ways across articles: "Sam Hou Fai" (5010) / "Sam Hou-fai" (5011); "John Lee Ka-chiu" (5010, 5011;
"Lee" alone in both); "Ionuț Moșteanu" (5012) / "Ionut Mosteanu" (5013); "Nicușor Dan" (5012) / "Nicusor Dan"
(5013); "Oana Țoiu" (5012) / "Oana Toiu" (5013); "Li Qiang" / "Premier Li" (5017, 5019); "He Lifeng" / "the vice
premier" (5015, not a name form). Names with particles or compounds: "Eric Chan Kwok-ki", "Winnie Tsang Hiu-yan",
"Marisa Delgado-Finch", "Oliver Brandt-Hayes".

Typing (blindset judgement 2: who is or was head of state or government of a country is a Leader): presidents and
prime ministers; Mark Rutte (NATO Secretary General, a former Dutch prime minister, as the priors typed him).
Persons: the chief executives of Hong Kong and Macau (heads of the governments of regions, as the priors typed the
Kurdistan Region's Barzanis and other regional heads), the Guangdong governor and the Shenzhen party secretary,
ministers and cabinet secretaries (Moșteanu, Hegseth, Țoiu, Zapryanov, Georgiev, Bessent, Greer, He Lifeng,
Wang Wentao, Farrell, Collins, Madeleine King, Burgum, Anand, Wang Yi), Richard Marles (deputy prime minister and
acting prime minister, as the blind set kept Winston Peters a Person), the opposition leaders Sussan Ley and
Larissa Waters, Michael Chong, the invented analyst (Gao Yuncheng) and the invented bylines and editors.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # Leaders
    "Nicușor Dan": (L, ["President Nicușor Dan", "Nicusor Dan", "Romanian President Nicusor Dan", "Dan"]),
    "Mark Rutte": (L, ["NATO Secretary General Mark Rutte", "Secretary General Rutte", "Rutte"]),
    "Ilie Bolojan": (L, ["Prime Minister Ilie Bolojan", "Bolojan"]),
    "Rosen Zhelyazkov": (L, ["Prime Minister Rosen Zhelyazkov", "Zhelyazkov"]),
    "Rumen Radev": (L, ["President Rumen Radev", "Radev"]),
    "Donald Trump": (L, ["President Donald Trump", "U.S. President Donald Trump", "Trump"]),
    "Xi Jinping": (L, ["Chinese President Xi Jinping", "Xi"]),
    "Anthony Albanese": (L, ["Albanese"]),
    "Mark Carney": (L, ["Prime Minister Mark Carney", "Carney", "Prime Minister Carney"]),
    "Li Qiang": (L, ["Chinese Premier Li Qiang", "Premier Li Qiang", "Premier Li", "Li"]),
    # Persons
    "John Lee": (P, ["John Lee Ka-chiu", "Chief Executive John Lee Ka-chiu", "Lee"]),
    "Sam Hou Fai": (P, ["Macau Chief Executive Sam Hou Fai", "Sam Hou-fai", "Chief Executive Sam Hou-fai", "Sam"]),
    "Wang Weizhong": (P, ["Guangdong Governor Wang Weizhong", "Wang"]),
    "Meng Fanli": (P, ["Shenzhen Party Secretary Meng Fanli"]),
    "Eric Chan": (P, ["Eric Chan Kwok-ki", "Chief Secretary Eric Chan Kwok-ki"]),
    "Winnie Tsang Hiu-yan": (P, []),
    "Ionuț Moșteanu": (P, ["National Defence Minister Ionuț Moșteanu", "Moșteanu", "Ionut Mosteanu"]),
    "Pete Hegseth": (P, ["US Secretary of War Pete Hegseth", "Secretary Hegseth", "Hegseth"]),
    "Oana Țoiu": (P, ["Foreign Minister Oana Țoiu", "Oana Toiu", "Romanian Foreign Minister Oana Toiu"]),
    "Cristina Mărgărit": (P, []),
    "Sorin Ionescu": (P, []),
    "Andreea Dobre": (P, []),
    "Radu Petrache": (P, []),
    "Atanas Zapryanov": (P, ["Defence Minister Atanas Zapryanov"]),
    "Georg Georgiev": (P, ["Foreign Minister Georg Georgiev"]),
    "He Lifeng": (P, ["Chinese Vice Premier He Lifeng", "Vice Premier He Lifeng"]),
    "Scott Bessent": (P, ["U.S. Treasury Secretary Scott Bessent", "Treasury Secretary Scott Bessent", "Bessent"]),
    "Jamieson Greer": (P, ["U.S. Trade Representative Jamieson Greer"]),
    "Gao Yuncheng": (P, []),
    "Liu Mengqi": (P, []),
    "Marisa Delgado-Finch": (P, []),
    "Richard Marles": (P, ["Marles"]),
    "Judith Collins": (P, ["Collins"]),
    "Don Farrell": (P, ["Farrell"]),
    "Wang Wentao": (P, []),
    "Sussan Ley": (P, []),
    "Larissa Waters": (P, []),
    "Madeleine King": (P, ["Resources Minister Madeleine King"]),
    "Doug Burgum": (P, ["US Interior Secretary Doug Burgum"]),
    "Oliver Brandt-Hayes": (P, []),
    "Anita Anand": (P, ["Foreign Affairs Minister Anita Anand", "Minister of Foreign Affairs Anita Anand", "Anand"]),
    "Wang Yi": (P, ["Minister Wang Yi", "Foreign Minister Wang Yi"]),
    "Michael Chong": (P, ["Conservative MP Michael Chong", "Chong"]),
    # Outlets (publishers, agencies, broadcasters, platforms)
    "The Standard": (O, []),
    "TVB News": (O, []),
    "WeChat": (O, []),
    "TDM": (O, []),
    "Macau Daily Times": (O, ["MDT"]),
    "Agerpres": (O, ["AGERPRES"]),
    "BTA": (O, []),
    "X": (O, []),
    "bTV": (O, []),
    "24 Chasa": (O, []),
    "Xinhua": (O, []),
    "CNBC": (O, []),
    "Guardian Australia": (O, []),
    "AAP": (O, []),
    "ABC Radio": (O, []),
    "CBC News": (O, ["CBC", "CBC Radio", "CBC Radio One"]),
    "La Presse": (O, []),
    "CCTV": (O, []),
    "Bloomberg": (O, []),
    "The Australian Financial Review": (O, []),
    # Organizations
    "Legislative Council": (G, []),
    "Social Welfare Department": (G, []),
    "Legislative Assembly": (G, []),
    "Macao Red Cross": (G, []),
    "Social Welfare Bureau": (G, []),
    "Fire Services Bureau": (G, []),
    "Ministry of National Defence": (G, ["MApN"]),
    "Presidential Administration": (G, []),
    "NATO": (G, []),
    "Government Information Service": (G, []),
    "Presidency": (G, []),
    "Communist Party of China": (G, []),
    "Ministry of Commerce": (G, []),
    "Chinese Academy of International Trade and Economic Cooperation": (G, []),
    "White House": (G, []),
    "Asia-Pacific Economic Cooperation": (G, []),
    "Prime Minister's Office": (G, []),
    "Canola Council of Canada": (G, []),
    "G7": (G, []),
    "Lynas Rare Earths": (G, []),
    # Countries and territories (places; not scored)
    "Hong Kong": (C, []),
    "Macau": (C, ["Macao"]),
    "China": (C, ["Chinese", "Beijing"]),
    "Romania": (C, ["Romanian", "Bucharest"]),
    "Bulgaria": (C, ["Bulgarian", "Sofia"]),
    "United States": (C, ["U.S.", "US", "Washington"]),
    "Ukraine": (C, ["Ukrainian"]),
    "Poland": (C, ["Polish"]),
    "Russia": (C, ["Russian"]),
    "Turkiye": (C, []),
    "South Korea": (C, []),
    "Malaysia": (C, []),
    "Australia": (C, ["Australian", "Canberra"]),
    "New Zealand": (C, []),
    "Canada": (C, ["Canadian", "Ottawa"]),
}
