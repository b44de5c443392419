"""One type per canonical name over part B of blind68, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Names written two ways: "Mokgweetsi Masisi" (5190, 5199) / "Mokgweetsi Eric Keabetswe Masisi" (5191);
"Hage Geingob" (5190) / "Hage G. Geingob" (5191); "Bernardo Arévalo" (5194, 5198) / "Bernardo Arevalo" (5195);
"Alicia Bárcena" / "Alicia Barcena" (5195, unaccented only).
Typing (blindset judgement 2): presidents and prime ministers are Leaders; Micheál Martin (Tánaiste in 2024, Taoiseach
2020-2022) is a Leader as a former head of government. Persons: ministers, vice-presidents, opposition leaders,
spokespeople, bylines and the people quoted.
"""
L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"
REG = {
    "Mokgweetsi Masisi": (L, ["Mokgweetsi Eric Keabetswe Masisi", "President Mokgweetsi Masisi", "Dr Masisi", "Masisi"]),
    "Hage Geingob": (L, ["Hage G. Geingob", "President Hage Geingob", "Geingob"]),
    "Edgar Lungu": (L, ["Edgar Chagwa Lungu", "President Lungu", "Lungu"]),
    "Emmerson Mnangagwa": (L, ["President Emmerson Mnangagwa", "Mnangagwa"]),
    "Cyril Ramaphosa": (L, ["President Cyril Ramaphosa"]),
    "Rishi Sunak": (L, ["Sunak", "Mr Sunak"]),
    "Gabriel Attal": (L, ["Attal", "Mr Attal"]),
    "Giorgia Meloni": (L, ["Meloni", "Madame Meloni"]),
    "Olaf Scholz": (L, ["Chancellor Scholz", "Scholz"]),
    "Élisabeth Borne": (L, []),
    "Micheál Martin": (L, ["Martin"]),
    "Justin Trudeau": (L, ["Prime Minister Justin Trudeau", "Trudeau"]),
    "Bernardo Arévalo": (L, ["Bernardo Arevalo", "Arévalo", "Arevalo", "Mr. Arévalo", "President Bernardo Arévalo"]),
    "Andrés Manuel López Obrador": (L, ["Andres Manuel Lopez Obrador"]),
    "James Marape": (L, ["Prime Minister James Marape", "Mr Marape", "Marape"]),
    "Anthony Albanese": (L, ["Australian Prime Minister Anthony Albanese", "Mr Albanese", "Albanese"]),
    # Persons
    "Netumbo Nandi-Ndaitwah": (P, ["Deputy Prime Minister Netumbo Nandi-Ndaitwah", "Nandi-Ndaitwah"]),
    "Lemogang Kwape": (P, ["Dr Lemogang Kwape", "Kwape"]),
    "Lawrence Sampofu": (P, []),
    "Duma Boko": (P, []),
    "Alfredo Hengari": (P, []),
    "McHenry Venaani": (P, []),
    "James Cleverly": (P, []),
    "Gérald Darmanin": (P, []),
    "Yvette Cooper": (P, ["Ms Cooper", "Cooper"]),
    "Harriet Oyelaran": (P, []),
    "Stéphane Séjourné": (P, []),
    "Chris Heaton-Harris": (P, ["Heaton-Harris"]),
    "Tomasz Wrenfield": (P, []),
    "Mélanie Joly": (P, ["Foreign Affairs Minister Mélanie Joly"]),
    "Carlos Ramiro Martínez": (P, []),
    "Michael Chong": (P, []),
    "Marc-André Delisle": (P, []),
    "Karin Herrera": (P, ["Vice President Karin Herrera"]),
    "Alicia Bárcena": (P, ["Alicia Barcena"]),
    "Consuelo Porras": (P, []),
    "Joseph Lelang": (P, ["Opposition Leader Joseph Lelang", "Mr Lelang"]),
    "David Manning": (P, ["Police Commissioner David Manning"]),
    "Grace Kaupa-Tola": (P, ["GRACE KAUPA-TOLA"]),
    "Oriana Velásquez-Brandt": (P, []),
    "Ernestina Chun": (P, ["Ms. Chun"]),
    # Outlets
    "NAMPA": (O, []), "Twitter": (O, []), "Mmegi": (O, []), "Btv": (O, []), "Facebook": (O, []),
    "WhatsApp": (O, []), "X": (O, []), "The Independent": (O, []), "France Inter": (O, []),
    "RFI": (O, ["RFI English"]), "Le Parisien": (O, []), "CBC News": (O, ["CBC"]), "Prensa Latina": (O, []),
    "RTÉ": (O, []), "The National": (O, []), "The Globe and Mail": (O, ["Globe"]), "Namibian Sun": (O, ["the Namibian Sun"]),
    # Organizations
    "Botswana Defence Force": (G, ["BDF"]), "Presidency": (G, []), "Office of the President": (G, []),
    "Umbrella for Democratic Change": (G, ["UDC"]), "Downing Street": (G, ["No 10"]), "Home Office": (G, []),
    "Matignon": (G, []), "FNSEA": (G, []), "Prime Minister's Office": (G, []), "Global Affairs Canada": (G, []),
    "Organization of American States": (G, []), "Semilla": (G, ["Semilla Movement"]),
    "Department of Foreign Affairs": (G, []), "State House": (G, []),
    "Southern African Development Community": (G, ["SADC"]), "African Union": (G, []),
    "Popular Democratic Movement": (G, []), "Ministry of International Relations and Cooperation": (G, []),
    "Xinka Parliament": (G, []), "Secretariat of Social Communication of the Presidency": (G, []),
    # Countries
    "Botswana": (C, []), "Namibia": (C, ["Namibian", "Windhoek"]), "Zambia": (C, ["Zambian"]),
    "Zimbabwe": (C, []), "South Africa": (C, ["South African"]), "United Kingdom": (C, ["UK", "British"]),
    "France": (C, ["French"]), "Italy": (C, []), "Germany": (C, []), "Ireland": (C, ["Irish", "Dublin"]),
    "Canada": (C, ["Canadian", "Ottawa"]), "Guatemala": (C, ["Guatemalan"]), "Mexico": (C, ["Mexican"]),
    "Papua New Guinea": (C, []), "Australia": (C, ["Australian", "Canberra"]),
}
