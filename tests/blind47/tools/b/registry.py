"""One type per canonical name over part B of blind47, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Names written two ways across articles: "Borjana Krišto" (4610, 4619) / "Borjana Kristo" (4611); "Željko Komšić"
(4610) / "Zeljko Komsic" (4619); "Lee Jae-myung" (4612) / "Lee Jae Myung" (4613); "Sheikh Tamim bin Hamad Al Thani"
(4614) / "Sheikh Tamim bin Hamad al-Thani" (4615); "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani" (4614) /
"Sheikh Mohammed bin Abdulrahman al-Thani" (4615); "Claudia Sheinbaum" (4612) / "Claudia Sheinbaum Pardo" (4613).

Typing (the blindset's judgement 2: who is or was a head of state or government is a Leader):
- Leaders: presidents, prime ministers, chancellors, the emir, the acting prime minister (Phumtham), the prime
  minister-elect (Anutin), the Hereditary Prince of Liechtenstein (regent, head of state in practice), the members of
  Bosnia and Herzegovina's collective Presidency (Komšić, Bećirović, Cvijanović), the Chair of the BiH Council of
  Ministers (Krišto), Qatar's prime minister (Mohammed bin Abdulrahman), Senate President Hun Sen (a former prime
  minister), Charles Michel (European Council President, a former Belgian prime minister), Karl Nehammer (interior
  minister in 2020, chancellor 2021-2025) and Karin Keller-Sutter (justice minister in 2020, President of the Swiss
  Confederation in 2025, as the prior sets typed her).
- Persons: ministers (Božinović, Nešić, Poklukar, Grlić Radman, Yeo, Ebrard, Prévot, Reina, Qin Gang, Joseph Wu),
  the EU commissioner Lenarčič, the Federation prime minister Nikšić (a sub-national head of government), the
  spokespeople (Kang Yu-jung, Seibert), the opposition candidate Alegre, bylines.
Bare titles are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------------------------------------------------------- Leaders
    # Bosnia and the region (4610, 4611, 4619)
    "Borjana Krišto": (L, ["Borjana Kristo", "Krišto", "Kristo", "Chair Kristo"]),
    "Andrej Plenković": (L, ["Prime Minister Andrej Plenković", "Croatian Prime Minister Andrej Plenković",
                             "Prime Minister Plenković", "Plenković"]),
    "Robert Golob": (L, ["Slovenian Prime Minister Robert Golob", "Golob"]),
    "Željka Cvijanović": (L, ["Presidency member Željka Cvijanović", "Cvijanović"]),
    "Aleksandar Vučić": (L, ["Serbian President Aleksandar Vučić", "Vučić"]),
    "Željko Komšić": (L, ["Presidency member Željko Komšić", "Zeljko Komsic", "Presidency member Zeljko Komsic",
                          "Komšić", "Komsic"]),
    "Charles Michel": (L, ["European Council President Charles Michel", "Michel"]),
    "Recep Tayyip Erdoğan": (L, ["Turkish President Recep Tayyip Erdoğan", "Erdoğan"]),
    "Denis Bećirović": (L, ["Presidency member Denis Bećirović", "Bećirović"]),
    "Zoran Milanović": (L, ["President Zoran Milanović", "Milanović"]),
    # Korea and Mexico (4612, 4613)
    "Lee Jae-myung": (L, ["President Lee Jae-myung", "Lee Jae Myung", "President Lee Jae Myung", "Lee"]),
    "Claudia Sheinbaum": (L, ["Mexican President Claudia Sheinbaum", "Claudia Sheinbaum Pardo",
                              "President Claudia Sheinbaum Pardo", "Sheinbaum"]),
    "Xi Jinping": (L, ["President Xi Jinping", "President Xi"]),
    "Donald Trump": (L, ["President Trump", "Trump"]),
    # Qatar and Belgium (4614, 4615)
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad al-Thani",
                                     "Tamim bin Hamad al-Thani", "Tamim"]),
    "Bart De Wever": (L, ["Prime Minister Bart De Wever", "HE Bart De Wever", "De Wever"]),
    "Mohammed bin Abdulrahman Al Thani": (L, ["Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani",
                                              "Mohammed bin Abdulrahman bin Jassim Al Thani",
                                              "Sheikh Mohammed bin Abdulrahman al-Thani",
                                              "Mohammed bin Abdulrahman al-Thani", "Mohammed bin Abdulrahman"]),
    "Prabowo Subianto": (L, ["President Prabowo Subianto", "Prabowo"]),
    "Giorgia Meloni": (L, ["Italian Prime Minister Giorgia Meloni", "Meloni"]),
    # Vienna (4616)
    "Sebastian Kurz": (L, ["Chancellor Sebastian Kurz", "Kurz"]),
    "Angela Merkel": (L, ["German Chancellor Angela Merkel", "Merkel"]),
    "Karl Nehammer": (L, ["Interior Minister Karl Nehammer", "Nehammer"]),
    "Karin Keller-Sutter": (L, ["Swiss Justice Minister Karin Keller-Sutter", "Keller-Sutter"]),
    "Alexander Van der Bellen": (L, ["Federal President Alexander Van der Bellen", "Van der Bellen"]),
    "Hereditary Prince Alois": (L, ["Liechtenstein's Hereditary Prince Alois", "Alois"]),
    "Andrej Babiš": (L, ["Czech Prime Minister Andrej Babiš", "Babiš"]),
    "Janez Janša": (L, ["Slovenian Prime Minister Janez Janša", "Janša"]),
    "Emmanuel Macron": (L, ["French President Emmanuel Macron", "Macron"]),
    # Thailand (4617)
    "Anutin Charnvirakul": (L, ["Prime minister-elect Anutin Charnvirakul", "Mr Anutin", "Anutin"]),
    "Phumtham Wechayachai": (L, ["Acting Prime Minister Phumtham Wechayachai", "Mr Phumtham", "Phumtham"]),
    "Pham Minh Chinh": (L, ["Vietnamese Prime Minister Pham Minh Chinh", "Mr Chinh", "Chinh"]),
    "Sonexay Siphandone": (L, ["Lao Prime Minister Sonexay Siphandone", "Sonexay"]),
    "Hun Sen": (L, ["Senate President Hun Sen"]),
    "Anwar Ibrahim": (L, ["Malaysian Prime Minister Anwar Ibrahim", "Prime Minister Anwar", "Anwar"]),
    # Taiwan and Central America (4618)
    "Tsai Ing-wen": (L, ["Taiwanese President Tsai Ing-wen", "President Tsai", "Tsai"]),
    "Alejandro Giammattei": (L, ["President Alejandro Giammattei", "Giammattei"]),
    "Xiomara Castro": (L, ["President Xiomara Castro", "President Castro", "Castro"]),
    "Mario Abdo Benítez": (L, ["Paraguayan President Mario Abdo Benítez", "Abdo Benítez"]),
    # ---------------------------------------------------------------- Persons
    "Nermin Nikšić": (P, ["Federation Prime Minister Nermin Nikšić", "Nikšić"]),
    "Davor Božinović": (P, ["Interior Minister Davor Božinović", "Božinović"]),
    "Nenad Nešić": (P, ["BiH Security Minister Nenad Nešić", "Nešić"]),
    "Janez Lenarčič": (P, ["European Commissioner for Crisis Management Janez Lenarčič", "Lenarčič"]),
    "Boštjan Poklukar": (P, ["Slovenian Interior Minister Boštjan Poklukar", "Poklukar"]),
    "Gordan Grlić Radman": (P, ["Foreign Minister Gordan Grlić Radman", "Grlić Radman"]),
    "Kang Yu-jung": (P, ["presidential spokesperson Kang Yu-jung", "Kang"]),
    "Yeo Han-koo": (P, ["Trade Minister Yeo Han-koo", "Minister Yeo", "Yeo"]),
    "Marcelo Ebrard": (P, ["Mexican Economy Secretary Marcelo Ebrard", "Secretary Ebrard", "Ebrard", "Marcelo"]),
    "Park Seo-yeon": (P, []),
    "Maxime Prévot": (P, ["Foreign Minister Maxime Prévot", "Prévot"]),
    "Steffen Seibert": (P, ["German government spokesman Steffen Seibert", "Seibert"]),
    "Wassana Kiatpong": (P, []),
    "Eduardo Enrique Reina": (P, ["Honduran Foreign Minister Eduardo Enrique Reina", "Reina"]),
    "Qin Gang": (P, []),
    "Joseph Wu": (P, ["Taiwanese Foreign Minister Joseph Wu", "Wu"]),
    "Efraín Alegre": (P, ["Alegre"]),
    "Amra Zukić": (P, []),
    # ---------------------------------------------------------------- Outlets
    "X": (O, []),
    "Anadolu Agency": (O, ["Anadolu"]),
    "Fena": (O, []),
    "Yonhap News Agency": (O, ["Yonhap"]),
    "El Universal": (O, []),
    "Qatar News Agency": (O, ["QNA"]),
    "VRT NWS": (O, ["VRT"]),
    "Belga": (O, []),
    "Twitter": (O, []),
    "Czech Television": (O, []),
    "The Local Austria": (O, ["The Local"]),
    "Facebook": (O, []),
    "Thai PBS": (O, []),
    "Fresh News": (O, []),
    "La Prensa (Honduras)": (O, ["La Prensa"]),
    "Agence France-Presse": (O, ["AFP"]),
    "Radio Free Europe/Radio Liberty": (O, ["RFE/RL"]),
    "N1": (O, []),
    # ---------------------------------------------------------------- Countries
    "Bosnia and Herzegovina": (C, ["BiH", "Bosnia-Herzegovina", "Bosnia", "Bosnian", "Bosnians"]),
    "Croatia": (C, ["Croatian"]),
    "Slovenia": (C, ["Slovenian", "Slovenians"]),
    "Serbia": (C, ["Serbian"]),
    "Türkiye": (C, ["Turkish"]),
    "South Korea": (C, ["Korea", "Korean"]),
    "Mexico": (C, ["Mexican"]),
    "China": (C, ["Chinese", "Beijing"]),
    "United States": (C, ["Washington"]),
    "Canada": (C, []),
    "Qatar": (C, ["State of Qatar", "Qatari"]),
    "Belgium": (C, ["Kingdom of Belgium", "Belgian"]),
    "Indonesia": (C, ["Republic of Indonesia", "Indonesian"]),
    "Italy": (C, ["Italian"]),
    "Austria": (C, ["Austrian"]),
    "Germany": (C, ["German"]),
    "Switzerland": (C, ["Swiss"]),
    "Liechtenstein": (C, []),
    "Czech Republic": (C, ["Czech"]),
    "France": (C, ["French"]),
    "Thailand": (C, ["Thai"]),
    "Vietnam": (C, ["Vietnamese"]),
    "Laos": (C, ["Lao"]),
    "Cambodia": (C, ["Cambodian"]),
    "Malaysia": (C, ["Malaysian"]),
    "Taiwan": (C, ["Taiwanese", "Taipei"]),
    "Guatemala": (C, []),
    "Honduras": (C, ["Honduran", "Tegucigalpa"]),
    "Paraguay": (C, ["Paraguayan"]),
    # ---------------------------------------------------------------- Organizations
    "Council of Ministers of Bosnia and Herzegovina": (G, ["Council of Ministers"]),
    "European Union": (G, ["EU"]),
    "AFAD": (G, []),
    "Croatian Mountain Rescue Service": (G, []),
    "Korea International Trade Association": (G, []),
    "Kia Corp.": (G, ["Kia"]),
    "Ministry of Economy (Mexico)": (G, ["Ministry of Economy"]),
    "Euroclear": (G, []),
    "Presidential Chancellery (Austria)": (G, ["Presidential Chancellery"]),
    "Bhumjaithai Party": (G, ["Bhumjaithai"]),
    "People's Party (Thailand)": (G, ["People's Party"]),
    "Asean": (G, []),
    "Secretariat of Social Communication (Guatemala)": (G, ["Secretariat of Social Communication"]),
    "EU Solidarity Fund": (G, []),
}
