"""One type per canonical name over part B of blind52, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Names written two ways across articles: "Gitanas Nausėda" (4870) / "Gitanas Nauseda" (4871); "Inga Ruginienė" (4870,
4872) / "Inga Ruginiene" (4871); "Evika Siliņa" (4870, 4872) / "Evika Silina" (4871); "John Dramani Mahama" (4873) /
"John Mahama" (4874, 4875); "Bola Ahmed Tinubu" (4873) / "Bola Tinubu" (4874, 4875); "Keir Starmer" / "Sir Keir
Starmer" (4879). A name with a particle: Sheikh Tamim bin Hamad Al Thani (an emir).

Typing (the blindset's judgement 2): presidents, prime ministers, the Emir of Qatar and Kim Jong-un are Leaders;
ministers (Kondratovič, Kozlovskis, Ablakwa, Kwakye Ofosu, Idris, Cho Hyun, Motegi, Cooper, Chung Dong-young, Rubio),
deputy secretaries (Landau), spokespeople and advisers (Onanuga, Mao Ning), Kim Yo-jong (a party official) and the
bylines are Persons. Bare titles are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # Leaders
    "Gitanas Nausėda": (L, ["President Gitanas Nausėda", "Gitanas Nauseda", "Nausėda", "Nauseda"]),
    "Karol Nawrocki": (L, ["Polish President Karol Nawrocki", "President Karol Nawrocki", "Nawrocki"]),
    "Inga Ruginienė": (L, ["Prime Minister Inga Ruginienė", "Lithuanian Prime Minister Inga Ruginiene", "Inga Ruginiene",
                           "Ruginienė", "Ruginiene"]),
    "Kristen Michal": (L, ["Estonian Prime Minister Kristen Michal", "Prime Minister Kristen Michal", "Michal"]),
    "Evika Siliņa": (L, ["Latvian Prime Minister Evika Siliņa", "Latvian Prime Minister Evika Silina", "Evika Silina",
                         "Siliņa", "Silina"]),
    "Alexander Lukashenko": (L, ["Belarusian leader Alexander Lukashenko", "Lukashenko"]),
    "Ulf Kristersson": (L, ["Swedish Prime Minister Ulf Kristersson"]),
    "John Dramani Mahama": (L, ["President John Dramani Mahama", "President Mahama", "John Mahama", "Mahama"]),
    "Bola Ahmed Tinubu": (L, ["President Bola Ahmed Tinubu", "President Bola Tinubu", "President Tinubu", "Bola Tinubu",
                              "Tinubu"]),
    "Donald Trump": (L, ["US President Donald Trump", "Donald Trump", "Trump"]),
    "Bassirou Diomaye Faye": (L, ["Senegal's President Bassirou Diomaye Faye", "Faye"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani"]),
    "Julius Maada Bio": (L, ["Sierra Leone's President Julius Maada Bio", "Maada Bio"]),
    "Sanae Takaichi": (L, ["Prime Minister Sanae Takaichi", "Takaichi"]),
    "Lee Jae-myung": (L, ["President Lee Jae-myung", "President Lee"]),
    "Kim Jong-un": (L, ["Chairman Kim Jong-un"]),
    "Keir Starmer": (L, ["British Prime Minister Keir Starmer", "Sir Keir Starmer", "Starmer"]),
    # Persons
    "Vladislav Kondratovič": (P, ["Interior Minister Vladislav Kondratovič"]),
    "Rihards Kozlovskis": (P, ["Kozlovskis"]),
    "Felix Kwakye Ofosu": (P, []),
    "Samuel Okudzeto Ablakwa": (P, ["Ablakwa"]),
    "Christopher Landau": (P, ["US Deputy Secretary of State Christopher Landau"]),
    "Bayo Onanuga": (P, ["Presidential spokesman Bayo Onanuga", "Onanuga"]),
    "Mohammed Idris": (P, []),
    "Cho Hyun": (P, ["Foreign Minister Cho Hyun", "Cho"]),
    "Toshimitsu Motegi": (P, ["Japanese Foreign Minister Toshimitsu Motegi", "Motegi"]),
    "Yvette Cooper": (P, ["British Foreign Secretary Yvette Cooper", "Cooper"]),
    "Mao Ning": (P, []),
    "Marco Rubio": (P, ["Secretary of State Marco Rubio"]),
    "Chung Dong-young": (P, ["Unification Minister Chung Dong-young", "Chung"]),
    "Kim Yo-jong": (P, []),
    "Kadri Pärnpuu-Lind": (P, []),
    "Chinedu Okafor-Bassey": (P, []),
    "Aminata Diallo-Renner": (P, []),
    "Park Ji-hoon-Ellis": (P, []),
    # Outlets and platforms
    "Delfi EN": (O, []),
    "X": (O, []),
    "Facebook": (O, []),
    "Baltic News Service": (O, ["BNS"]),
    "The Baltic Times": (O, []),
    "Latvian Television": (O, ["LTV"]),
    "ERR News": (O, []),
    "Graphic Online": (O, []),
    "Premium Times": (O, ["PREMIUM TIMES"]),
    "Sahara Reporters": (O, []),
    "Channels Television": (O, []),
    "News Agency of Nigeria": (O, ["NAN"]),
    "The Africa Report": (O, []),
    "Yonhap": (O, []),
    "Kyodo": (O, ["KYODO"]),
    "Japan Today": (O, []),
    "The Korea Herald": (O, ["Korea Herald"]),
    "BusinessDay": (O, []),
    # Organizations
    "National Crisis Management Centre": (G, []),
    "European Commission": (G, []),
    "Police and Border Guard Board": (G, ["PPA"]),
    "ECOWAS": (G, []),
    "African Union": (G, []),
    "Pentagon": (G, []),
    "APEC": (G, ["Asia-Pacific Economic Cooperation"]),
    # Countries
    "Lithuania": (C, ["Lithuanian", "Vilnius"]),
    "Poland": (C, ["Polish"]),
    "Belarus": (C, ["Belarusian", "Minsk"]),
    "Latvia": (C, ["Latvian", "Riga"]),
    "Estonia": (C, ["Estonian"]),
    "Sweden": (C, ["Swedish"]),
    "Russia": (C, []),
    "Ghana": (C, ["Accra"]),
    "Nigeria": (C, ["Nigerian", "Abuja"]),
    "United States": (C, ["US", "Washington"]),
    "Senegal": (C, ["Senegalese", "Dakar"]),
    "Qatar": (C, ["Qatari"]),
    "Sierra Leone": (C, []),
    "Niger": (C, []),
    "Mali": (C, []),
    "Burkina Faso": (C, []),
    "South Korea": (C, ["South Korean", "Seoul"]),
    "North Korea": (C, ["Pyongyang"]),
    "Japan": (C, ["Japanese", "Tokyo"]),
    "China": (C, ["Chinese", "Beijing"]),
    "Taiwan": (C, []),
    "United Kingdom": (C, ["UK", "British", "Britain", "London"]),
    "Ukraine": (C, []),
}
