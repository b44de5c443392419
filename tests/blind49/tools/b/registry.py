"""One type per canonical name over part B of blind49, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Names written two ways across articles: "Plenković" (4810, 4811, 4812 body) / "Plenkovic" (4812 headline); "Vučić" /
"Vucic" (4812 headline); "Vjosa Osmani" (4810) / "Vjosa Osmani-Sadriu" (4812); "Irakli Garibashvili" (4815) / "Irakli
Gharibashvili" (4816); 'Philip "Brave" Davis' (4813) / "Philip Edward Davis" (4814); "Khurelsukh Ukhnaa" (4818) /
"U.Khurelsukh" (4819); "Prime Minister Suga" (4818) / "Yoshihide Suga" (4819).

Typing (the blindset's judgement 2: who is or was a head of state or government is a Leader):
- Leaders: presidents, prime ministers, chancellors and the King of Spain; the acting president of Kosovo (Osmani,
  Speaker acting as head of state); Armenia's acting prime minister (Pashinyan); the prime minister-designate of The
  Bahamas (Davis); Mongolia's president-elect (Khurelsukh, also a former prime minister); Kazakhstan's first president
  (Nazarbayev); a president killed before the article's date (Moïse, no call); Charles Michel (European Council
  President, a former Belgian prime minister, typed Leader in the prior sets).
- Persons: ministers (Logar, Grlić Radman, Božinović, Blinken, Zalkaliani, Bayramov, Motegi, Battsetseg); the Chief
  Cabinet Secretary (Kato); the EU Commission's president and commissioner (von der Leyen, Lenarčič, as in the priors);
  the Governor-General of The Bahamas (Smith: the monarch's representative, as the priors typed governors-general); a
  mayor (Dumbović); an opposition leader (Golding); officials and spokespeople (Hajiyev, Uali); bylines.
Bare titles are never aliases ("the Head of State", "Elbasy", "the President-elect").
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------------------------------------------------------- Leaders
    # Croatia and the region, December 2020 - January 2021 (4810, 4811, 4812)
    "Andrej Plenković": (L, ["Prime Minister Andrej Plenković", "Croatian Prime Minister Andrej Plenković",
                             "Plenković", "Plenkovic"]),
    "Zoran Milanović": (L, ["President Zoran Milanović", "Croatian President Zoran Milanović", "Milanović"]),
    "Janez Janša": (L, ["Prime Minister Janez Janša", "Slovenian Prime Minister Janez Janša", "Janša"]),
    "Aleksandar Vučić": (L, ["Serbian President Aleksandar Vučić", "Vučić", "Vucic"]),
    "Vjosa Osmani": (L, ["Vjosa Osmani-Sadriu"]),
    "Felipe VI": (L, ["King Felipe VI of Spain", "King Felipe VI"]),
    "Angela Merkel": (L, ["German Chancellor Angela Merkel", "Merkel"]),
    "Sebastian Kurz": (L, ["Austrian Chancellor Sebastian Kurz", "Kurz"]),
    "Borut Pahor": (L, ["President Borut Pahor", "Pahor"]),
    "Viktor Orbán": (L, ["Hungarian Prime Minister Viktor Orbán", "Orbán"]),
    "Milo Đukanović": (L, ["Đukanović"]),
    "Stevo Pendarovski": (L, ["Pendarovski"]),
    # The Bahamas and the Caribbean, September 2021 (4813, 4814)
    "Philip Davis": (L, ['Prime Minister Philip "Brave" Davis', 'Philip "Brave" Davis', "Philip Edward Davis",
                         "Mr Davis", "Davis"]),
    "Hubert Minnis": (L, ["Dr Hubert Minnis", "Minnis"]),
    "Mia Mottley": (L, ["Barbados Prime Minister Mia Mottley", "Mottley"]),
    "Andrew Holness": (L, ["Prime Minister Andrew Holness", "Mr Holness", "Holness"]),
    "Ariel Henry": (L, ["Haitian Prime Minister Ariel Henry"]),
    "Keith Rowley": (L, ["Trinidad and Tobago Prime Minister Dr Keith Rowley", "Dr Keith Rowley", "Dr Rowley",
                         "Rowley"]),
    "Jovenel Moïse": (L, ["President Jovenel Moïse"]),
    # Georgia, Azerbaijan and Armenia, June 2021 (4815, 4816)
    "Irakli Garibashvili": (L, ["Georgian Prime Minister Irakli Garibashvili", "Prime Minister Garibashvili",
                                "Irakli Gharibashvili", "Garibashvili", "Gharibashvili"]),
    "Ilham Aliyev": (L, ["Azerbaijani President Ilham Aliyev", "President Ilham Aliyev"]),
    "Nikol Pashinyan": (L, ["Pashinyan"]),
    "Charles Michel": (L, ["European Council President Charles Michel",
                           "President of the European Council Charles Michel"]),
    "Salome Zourabichvili": (L, ["President Salome Zourabichvili"]),
    # Kazakhstan, December 2019 (4817)
    "Kassym-Jomart Tokayev": (L, ["Head of State Kassym-Jomart Tokayev", "Tokayev"]),
    "Shavkat Mirziyoyev": (L, ["President of Uzbekistan Shavkat Mirziyoyev"]),
    "Nursultan Nazarbayev": (L, []),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin"]),
    "Sooronbay Jeenbekov": (L, ["President of the Kyrgyz Republic Sooronbay Jeenbekov", "Jeenbekov"]),
    "Alexander Lukashenko": (L, ["President of Belarus Alexander Lukashenko"]),
    "Recep Tayyip Erdoğan": (L, ["President of Turkey Recep Tayyip Erdoğan"]),
    # Japan, Mongolia and Korea, June 2021 (4818, 4819)
    "Yoshihide Suga": (L, ["Prime Minister of Japan Yoshihide Suga", "Prime Minister Suga", "Suga"]),
    "Khurelsukh Ukhnaa": (L, ["Mr. Khurelsukh Ukhnaa", "President-elect Khurelsukh", "U.Khurelsukh", "Khurelsukh"]),
    "Moon Jae-in": (L, ["President of the Republic of Korea Moon Jae-in", "President Moon Jae-in", "President Moon"]),
    "Oyun-Erdene Luvsannamsrai": (L, ["Prime Minister Oyun-Erdene Luvsannamsrai", "Oyun-Erdene"]),
    # ---------------------------------------------------------------- Persons
    "Ursula von der Leyen": (P, ["European Commission President Ursula von der Leyen"]),
    "Janez Lenarčič": (P, []),
    "Darinko Dumbović": (P, []),
    "Davor Božinović": (P, ["Interior Minister Davor Božinović"]),
    "Dunja Marelja Kovačić": (P, []),
    "Anže Logar": (P, ["Foreign Minister Anže Logar"]),
    "Gordan Grlić Radman": (P, []),
    "Tena Barišić Vuković": (P, []),
    "Filip Stojanac": (P, []),
    "Cornelius A Smith": (P, ["Governor-General Sir Cornelius A Smith", "Sir Cornelius A Smith"]),
    "Antony Blinken": (P, ["US Secretary of State Antony Blinken", "Blinken"]),
    "Javano Thurston-Adderley": (P, ["JAVANO THURSTON-ADDERLEY"]),
    "Mark Golding": (P, ["Opposition Leader Mark Golding"]),
    "David Zalkaliani": (P, ["Foreign Minister David Zalkaliani"]),
    "Jeyhun Bayramov": (P, []),
    "Hikmet Hajiyev": (P, ["Hajiyev"]),
    "Berik Uali": (P, []),
    "Katsunobu Kato": (P, ["Chief Cabinet Secretary Kato Katsunobu", "Kato Katsunobu", "KATO"]),
    "Toshimitsu Motegi": (P, ["Foreign Minister Motegi", "Motegi"]),
    "Battsetseg Batmunkh": (P, ["Minister for Foreign Affairs Battsetseg Batmunkh"]),
    # ---------------------------------------------------------------- Outlets
    "Total Croatia News": (O, ["TCN"]),
    "Hina": (O, []),
    "Radio Television of Serbia": (O, ["RTS"]),
    "Twitter": (O, []),
    "The Slovenia Times": (O, []),
    "Slovenian Press Agency": (O, ["STA"]),
    "TV Slovenija": (O, []),
    "Austria Presse Agentur": (O, ["APA"]),
    "Balkan Insight": (O, []),
    "Balkan Investigative Reporting Network": (O, []),
    "Tanjug": (O, []),
    "N1": (O, []),
    "Večernji list": (O, []),
    "Croatian Radiotelevision": (O, ["HRT"]),
    "The Tribune": (O, ["Tribune"]),
    "Facebook": (O, []),
    "ZNS": (O, []),
    "Jamaica Observer": (O, []),
    "Agenda.ge": (O, []),
    "Imedi TV": (O, []),
    "Report.az": (O, ["REPORT.AZ", "Report"]),
    "news.am": (O, []),
    "AZERTAC": (O, []),
    "Kazinform": (O, []),
    "TASS": (O, []),
    "Kabar": (O, []),
    "JoongAng Ilbo": (O, ["The JoongAng Ilbo"]),
    "The UB Post": (O, []),
    "MONTSAME": (O, []),
    "Mongolian National Broadcaster": (O, ["MNB"]),
    # ---------------------------------------------------------------- Countries
    "Croatia": (C, ["Croatian"]),
    "Slovenia": (C, ["Slovenian"]),
    "Serbia": (C, ["Serbian"]),
    "Kosovo": (C, []),
    "Spain": (C, ["Spanish"]),
    "Germany": (C, ["German"]),
    "Austria": (C, ["Austrian"]),
    "Hungary": (C, ["Hungarian"]),
    "Montenegro": (C, []),
    "North Macedonia": (C, []),
    "The Bahamas": (C, ["Bahamas", "Bahamian"]),
    "Barbados": (C, []),
    "Jamaica": (C, []),
    "Haiti": (C, ["Haitian"]),
    "Trinidad and Tobago": (C, []),
    "United States": (C, ["US"]),
    "Georgia": (C, ["Georgian"]),
    "Azerbaijan": (C, ["Azerbaijani"]),
    "Armenia": (C, ["Armenian"]),
    "Sweden": (C, ["Swedish"]),
    "Kazakhstan": (C, ["Kazakh"]),
    "Uzbekistan": (C, ["Uzbek"]),
    "Russia": (C, ["Russian"]),
    "Kyrgyzstan": (C, ["Kyrgyz Republic", "Kyrgyz"]),
    "Belarus": (C, []),
    "Turkey": (C, []),
    "Japan": (C, ["Japanese"]),
    "Mongolia": (C, ["Mongolian"]),
    "South Korea": (C, ["Republic of Korea", "ROK"]),
    # ---------------------------------------------------------------- Organizations
    "European-Mediterranean Seismological Centre": (G, []),
    "Krško Nuclear Power Plant": (G, ["Krško nuclear power plant"]),
    "European Commission": (G, []),
    "Slovenian Nuclear Safety Administration": (G, []),
    "Slovenian Environment Agency": (G, []),
    "Brdo-Brijuni Process": (G, []),
    "Progressive Liberal Party": (G, ["PLP"]),
    "Free National Movement": (G, ["FNM"]),
    "Office of the Prime Minister (Jamaica)": (G, ["Office of the Prime Minister", "OPM"]),
    "People's National Party": (G, ["PNP"]),
    "Jamaica Labour Party": (G, ["JLP"]),
    "CARICOM": (G, []),
    "Government Administration of Georgia": (G, ["Government Administration"]),
    "OSCE": (G, []),
    "European Union": (G, []),
    "Bek Air": (G, []),
    "Akorda": (G, []),
    "Civil Aviation Committee": (G, []),
    "Prime Minister's Office of Japan": (G, []),
    "COVAX": (G, []),
}
