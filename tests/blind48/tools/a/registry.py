"""One type per canonical name over part A of blind48, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways: Ahmad al-Sharaa (4700, SANA) / Ahmed al-Sharaa (4701); Asaad Hassan al-Shibani (4700) /
Asaad al-Shaibani (4701); Yulia Svyrydenko (4702, 4704) / Yuliia Svyrydenko (4703); Bernardo Arévalo (4705) /
Bernardo Arévalo de León (4706) / Bernardo Arevalo (4707, no accent); Rodrigo Chaves Robles (4705) / Rodrigo Chaves
(4706, 4707); Seyed Ebrahim Raisi (4708) / Ebrahim Raisi (4709); Recep Tayyip Erdogan (4701, 4708) / Recep Tayyip
Erdoğan (4709); Mohammad Shia al-Sudani (4708) / Mohammed Shia al-Sudani (4701, 4709).
Typing (blindset judgement 2): heads of state or government, past, interim, acting, elected or future, are Leaders:
al-Sharaa (president for the transitional period), Nawaf Salam, Mohammed bin Salman (crown prince and prime minister),
the kings Abdullah II and Felipe VI, the emir Tamim, Khamenei (Iran's head of state), Bashar al-Assad (fallen, in
4701; in office in 4708), Denys Shmyhal (prime minister 2020-2025, defence minister from 17 July 2025), Sánchez (acting
prime minister in August 2023), Arévalo (president-elect), Juan José Arévalo (president 1945-1951), Giammattei
(outgoing), Vadim Krasnoselsky (leader of the unrecognised Transnistrian region, as blind47 typed Somaliland's Irro).
Persons: ministers (al-Shaibani, Lavrov, Bogdanov, Pistorius, Bessent, Sybiha, Albares, André Tinoco, Courtenay,
Búcaro, Amir-Abdollahian, Fuad Hussein, Yerlikaya), the spokesman Kanaani, General Soleimani, Sandra Torres (former
first lady), the opposition leader Shyne Barrow and the bylines.
"""
L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"
REG = {
    # --- leaders
    "Ahmed al-Sharaa": (L, ["Ahmad al-Sharaa", "President Ahmad al-Sharaa", "President of the Syrian Arab Republic Ahmad al-Sharaa",
                            "President al-Sharaa", "al-Sharaa", "Al-Sharaa"]),
    "Vladimir Putin": (L, ["President of the Russian Federation Vladimir Putin", "Russian President Vladimir Putin",
                           "President Putin", "Putin"]),
    "Nawaf Salam": (L, ["Lebanese Prime Minister Nawaf Salam", "Prime Minister Salam", "Salam"]),
    "Abdullah II": (L, ["King Abdullah II of Jordan", "King Abdullah II"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani"]),
    "Mohammed bin Salman": (L, ["Crown Prince Mohammed bin Salman"]),
    "Recep Tayyip Erdoğan": (L, ["President Recep Tayyip Erdoğan", "President Recep Tayyip Erdogan",
                                 "Turkish President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdoğan", "Erdogan"]),
    "Emmanuel Macron": (L, ["French President Emmanuel Macron", "Macron"]),
    "Bashar al-Assad": (L, ["Syrian President Bashar al-Assad", "Assad"]),
    "Masoud Pezeshkian": (L, ["Iranian President Masoud Pezeshkian"]),
    "Mohammed Shia al-Sudani": (L, ["Prime Minister Mohammed Shia al-Sudani", "Iraqi Prime Minister Mohammed Shia al-Sudani",
                                    "Iraqi Prime Minister Mohammad Shia al-Sudani", "Mohammad Shia al-Sudani", "al-Sudani"]),
    "Yulia Svyrydenko": (L, ["Yuliia Svyrydenko", "Prime Minister of Ukraine Yuliia Svyrydenko", "Prime Minister Svyrydenko",
                             "Svyrydenko"]),
    "Denys Shmyhal": (L, ["Shmyhal"]),
    "Donald Tusk": (L, ["Polish Prime Minister Donald Tusk", "Prime Minister of Poland Donald Tusk", "Tusk"]),
    "Dorin Recean": (L, ["Prime Minister of Moldova Dorin Recean", "Prime Minister Dorin Recean", "Recean"]),
    "Volodymyr Zelensky": (L, ["President Volodymyr Zelensky", "President Zelensky", "Zelensky"]),
    "Mette Frederiksen": (L, ["Danish Prime Minister Mette Frederiksen"]),
    "Ulf Kristersson": (L, ["Swedish Prime Minister Ulf Kristersson"]),
    "Jonas Gahr Støre": (L, ["Norwegian Prime Minister Jonas Gahr Støre"]),
    "Kristen Michal": (L, ["Prime Minister of Estonia Kristen Michal", "Michal"]),
    "Evika Siliņa": (L, ["Prime Minister of Latvia Evika Siliņa"]),
    "Ilie Bolojan": (L, ["Prime Minister Bolojan", "Bolojan"]),
    "Viktor Orbán": (L, ["Prime Minister Orbán", "Orbán"]),
    "Maia Sandu": (L, ["President Sandu", "Sandu"]),
    "Vadim Krasnoselsky": (L, []),
    "Rodrigo Chaves": (L, ["Costa Rican President Rodrigo Chaves Robles", "Rodrigo Chaves Robles", "Costa Rican President Rodrigo Chaves",
                           "Chaves"]),
    "Bernardo Arévalo": (L, ["Bernardo Arévalo de León", "Bernardo Arevalo", "Arévalo", "Arevalo"]),
    "Xiomara Castro": (L, ["Honduran President Xiomara Castro"]),
    "Felipe VI": (L, ["King Felipe VI of Spain", "King Felipe VI"]),
    "Pedro Sánchez": (L, []),
    "John Briceño": (L, ["Prime Minister John Briceño", "Briceño"]),
    "Andrés Manuel López Obrador": (L, ["Mexican President Andrés Manuel López Obrador", "López Obrador"]),
    "Daniel Ortega": (L, ["President Daniel Ortega"]),
    "Alejandro Giammattei": (L, ["President Alejandro Giammattei", "Giammattei"]),
    "Juan José Arévalo": (L, []),
    "Ebrahim Raisi": (L, ["Iranian President Seyed Ebrahim Raisi", "Seyed Ebrahim Raisi", "Iranian President Ebrahim Raisi",
                          "President Raisi", "Raisi"]),
    "Ali Khamenei": (L, ["Ayatollah Seyed Ali Khamenei", "Seyed Ali Khamenei"]),
    # --- persons
    "Asaad al-Shaibani": (P, ["Foreign and Expatriates Minister Asaad Hassan al-Shibani", "Asaad Hassan al-Shibani",
                              "Minister al-Shibani", "al-Shibani", "Foreign Minister Asaad al-Shaibani", "al-Shaibani"]),
    "Sergey Lavrov": (P, ["Russian Foreign Minister Sergey Lavrov"]),
    "Mikhail Bogdanov": (P, ["Deputy Foreign Minister Mikhail Bogdanov"]),
    "Lina Darwish": (P, []), "Ghaith Mahfouz": (P, []), "Rama Haddad": (P, []),
    "Boris Pistorius": (P, ["German Defense Minister Boris Pistorius"]),
    "Scott Bessent": (P, ["U.S. Treasury Secretary Scott Bessent", "Bessent"]),
    "Andrii Sybiha": (P, ["Minister of Foreign Affairs of Ukraine Andrii Sybiha"]),
    "José Manuel Albares": (P, ["Minister of Foreign Affairs of Spain José Manuel Albares"]),
    "Sandra Torres": (P, []),
    "Arnoldo André Tinoco": (P, ["Foreign Minister Arnoldo André Tinoco"]),
    "Eamon Courtenay": (P, ["Foreign Minister Eamon Courtenay", "Courtenay"]),
    "Mario Búcaro": (P, ["Minister Mario Búcaro"]),
    "Shyne Barrow": (P, []),
    "Denise Alamilla-Ku": (P, []),
    "Hossein Amir-Abdollahian": (P, ["Foreign Minister Hossein Amir-Abdollahian"]),
    "Fuad Hussein": (P, []),
    "Nasser Kanaani": (P, ["Foreign Ministry Spokesman Nasser Kanaani"]),
    "Qassem Soleimani": (P, ["General Qassem Soleimani", "Soleimani"]),
    "Ali Yerlikaya": (P, ["Interior Minister Ali Yerlikaya"]),
    # --- outlets and platforms
    "Syrian Arab News Agency": (O, ["SANA"]),
    "Enab Baladi": (O, []), "Jordan News Agency": (O, ["Petra"]), "X": (O, []), "Syria TV": (O, []),
    "Asharq Al-Awsat": (O, []), "Shafaq News": (O, []),
    "The Kyiv Independent": (O, ["Kyiv Independent"]), "Telegram": (O, []), "Suspilne": (O, []), "RIA Novosti": (O, []),
    "Ukrinform": (O, []), "Ukrainska Pravda": (O, []),
    "IPN": (O, ["IPN news agency"]), "Radio Moldova": (O, []), "TVR Moldova": (O, []), "Ziarul de Gardă": (O, []),
    "NewsMaker": (O, []), "Radio Chișinău": (O, []), "Novosti Pridnestrovya": (O, []),
    "The Tico Times": (O, ["Tico Times"]), "Facebook": (O, []), "EFE": (O, []), "El 19 Digital": (O, []),
    "Channel 5 Belize": (O, ["News Five"]), "Amandala": (O, []),
    "Tasnim News Agency": (O, ["Tasnim"]), "IRIB News": (O, []), "Islamic Republic News Agency": (O, ["IRNA"]),
    "Daily Sabah": (O, ["DAILY SABAH"]), "Anadolu Agency": (O, ["AA"]), "Hürriyet": (O, []),
    # --- countries
    "Syria": (C, ["Syrian", "Syrian Arab Republic"]), "Russia": (C, ["Russian", "Russian Federation"]),
    "Lebanon": (C, ["Lebanese"]), "Jordan": (C, ["Jordanian"]), "Qatar": (C, ["Qatari"]), "France": (C, ["French"]),
    "Iran": (C, ["Iranian"]), "Iraq": (C, ["Iraqi"]), "Ukraine": (C, ["Ukrainian"]), "Poland": (C, ["Polish"]),
    "Moldova": (C, ["Moldovan"]), "Germany": (C, ["German"]), "United States": (C, ["U.S."]),
    "Denmark": (C, ["Danish"]), "Sweden": (C, ["Swedish"]), "Norway": (C, ["Norwegian"]), "Estonia": (C, []),
    "Latvia": (C, []), "Spain": (C, []), "Hungary": (C, []), "Romania": (C, ["Romanian"]),
    "Costa Rica": (C, ["Costa Rican"]), "Guatemala": (C, ["Guatemalan"]), "Panama": (C, []),
    "Dominican Republic": (C, []), "Honduras": (C, ["Honduran"]), "Belize": (C, ["Belizean"]), "Mexico": (C, ["Mexican"]),
    "Nicaragua": (C, ["Nicaraguan"]), "Türkiye": (C, ["Turkey", "Turkish"]), "Israel": (C, ["Israeli"]),
    # --- organizations
    "Presidency of the Syrian Arab Republic": (G, []), "Ministry of Foreign Affairs and Expatriates": (G, []),
    "Kremlin": (G, []), "Verkhovna Rada": (G, ["Rada"]), "Cabinet of Ministers": (G, []), "European Union": (G, ["EU"]),
    "Council of the EU": (G, []), "Bureau for Reintegration": (G, []),
    "Casa Presidencial": (G, []), "Organization of American States": (G, []), "Semilla": (G, []),
    "Public Ministry": (G, []), "Central American Integration System": (G, ["SICA"]),
    "Supreme Electoral Tribunal": (G, ["TSE"]), "International Court of Justice": (G, ["ICJ"]),
    "Office of the Prime Minister": (G, []), "Guatemalan Armed Forces": (G, []),
    "Daesh": (G, ["ISIS"]), "Foreign Ministry": (G, []), "Communications Directorate": (G, []), "PKK": (G, []),
}
