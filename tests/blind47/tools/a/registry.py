"""One type per canonical name over part A of blind47, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two ways: Abdalla Hamdok (4600) / Abdallah Hamdok (4601); Nikol Pashinyan (4602) / Nikol Pashinian
(4604); Mia Mottley (4605) / Mia Amor Mottley (4606); Irfaan Ali / Mohamed Irfaan Ali / Dr Mohamed Irfaan Ali;
Recep Tayyip Erdoğan as "Erdogan" (4607); Karen Karapetyan as "Karapetian" and Serzh Sargsyan as "Sarkisian" (4604);
Sooronbay Jeenbekov as "Sooronbai" (4603).
Typing (blindset judgement 2): heads of state or government, past, acting, elected or future, are Leaders:
al-Burhan (chairman of the Sovereign Council), Karapetyan (acting prime minister), Babanov (prime minister 2011-2012),
Atambayev, Granger (former president), Jagdeo (vice-president in 2020, president 1999-2011), Kakar (caretaker prime
minister), Muizzu and Jeenbekov (presidents-elect), Irro (president of Somaliland, unrecognised), Serzh Sargsyan
(resigned). Persons: ministers and officials (Nagy, Fidan, Abdelatty, Muraleedharan), the envoy Dirir, spokespeople
(Peskov, Srivastava), the high commissioner Mahawar, the faction leader Baghdasaryan and the bylines.
"""
L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"
REG = {
    # --- leaders
    "Abdalla Hamdok": (L, ["Abdallah Hamdok", "Prime Minister Abdalla Hamdok", "Hamdok"]),
    "Abiy Ahmed": (L, ["Ethiopian Prime Minister Abiy Ahmed", "Prime Minister Abiy Ahmed", "Abiy"]),
    "Abdel Fattah al-Burhan": (L, ["Lt Gen Abdel Fattah al-Burhan", "al-Burhan"]),
    "Salman bin Abdulaziz": (L, ["King Salman bin Abdulaziz"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani"]),
    "Abdel Fattah al-Sisi": (L, ["Egyptian President Abdel Fattah al-Sisi"]),
    "Salva Kiir": (L, ["President Salva Kiir", "Kiir"]),
    "Nikol Pashinyan": (L, ["Prime Minister Nikol Pashinyan", "Nikol Pashinian", "Pashinyan", "Pashinian"]),
    "Giorgi Kvirikashvili": (L, ["Georgian Prime Minister Giorgi Kvirikashvili", "Prime Minister of Georgia Giorgi Kvirikashvili",
                                "Kvirikashvili"]),
    "Nursultan Nazarbayev": (L, ["President Nazarbayev", "Nazarbayev"]),
    "Hassan Rouhani": (L, ["Rouhani"]),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin", "President of Russia Vladimir Putin", "Putin"]),
    "Armen Sarkissian": (L, ["President Armen Sarkissian"]),
    "Karen Karapetyan": (L, ["Acting Prime Minister Karen Karapetian", "Karen Karapetian", "Karapetian"]),
    "Serzh Sargsyan": (L, ["Serzh Sarkisian"]),
    "Sooronbay Jeenbekov": (L, ["President-elect Sooronbai Jeenbekov", "Sooronbai Jeenbekov", "Jeenbekov"]),
    "Shavkat Mirziyoyev": (L, ["Mirziyoyev"]),
    "Omurbek Babanov": (L, ["Babanov"]),
    "Almazbek Atambayev": (L, ["Atambayev"]),
    "Irfaan Ali": (L, ["President Irfaan Ali", "Dr Mohamed Irfaan Ali", "Mohamed Irfaan Ali", "Ali"]),
    "Mia Mottley": (L, ["Barbados Prime Minister Mia Mottley", "Mia Amor Mottley", "Mottley"]),
    "Keith Rowley": (L, ["Dr Keith Rowley", "Rowley"]),
    "Chandrikapersad Santokhi": (L, ["President Chandrikapersad Santokhi", "Santokhi"]),
    "Narendra Modi": (L, ["Indian Prime Minister Narendra Modi", "Prime Minister Narendra Modi", "PM Modi", "Modi"]),
    "David Granger": (L, ["former President David Granger", "Brigadier Granger", "Granger"]),
    "Ralph Gonsalves": (L, ["Dr Ralph Gonsalves"]),
    "Andrew Holness": (L, []),
    "Benjamin Netanyahu": (L, ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]),
    "Abdirahman Mohamed Abdullahi": (L, ["Irro"]),
    "Recep Tayyip Erdoğan": (L, ["President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdogan"]),
    "Hassan Sheikh Mohamud": (L, ["Somali President Hassan Sheikh Mohamud"]),
    "Donald Trump": (L, ["US President Donald Trump", "Trump"]),
    "Bharrat Jagdeo": (L, ["Vice President Bharrat Jagdeo"]),
    "Mohamed Muizzu": (L, ["Dr Mohamed Muizzu", "Dr Muizzu", "Muizzu"]),
    "Ranil Wickremesinghe": (L, ["Sri Lankan President Ranil Wickremesinghe", "Wickremesinghe"]),
    "Anwaar-ul-Haq Kakar": (L, ["Kakar"]),
    "Sheikh Hasina": (L, []),
    "Ibrahim Mohamed Solih": (L, ["President Ibrahim Mohamed Solih", "Solih"]),
    "Xi Jinping": (L, ["Chinese President Xi Jinping"]),
    # --- persons
    "Tibor Nagy": (P, ["Nagy"]),
    "Mahmoud Dirir": (P, ["Dirir"]),
    "Makeda Tesfaye": (P, ["MAKEDA TESFAYE"]),
    "Dmitry Peskov": (P, ["Kremlin spokesman Dmitry Peskov"]),
    "Vahram Baghdasaryan": (P, ["Vahram Baghdasarian"]),
    "Shawnette Brathwaite-King": (P, ["SHAWNETTE BRATHWAITE-KING"]),
    "Hakan Fidan": (P, ["Turkish Foreign Minister Hakan Fidan", "Fidan"]),
    "Badr Abdelatty": (P, ["Abdelatty"]),
    "Yusuf Ahmed Warsame": (P, []),
    "Merve Aydoğan": (P, []),
    "V Muraleedharan": (P, ["Minister of State for External Affairs V Muraleedharan"]),
    "Anurag Srivastava": (P, []),
    "Munu Mahawar": (P, ["Indian High Commissioner Munu Mahawar"]),
    # --- outlets and platforms
    "Sudan Tribune": (O, []), "Saudi Press Agency": (O, []), "Twitter": (O, []), "Al Jazeera": (O, []),
    "Sudan News Agency": (O, ["SUNA"]), "Al-Tayar": (O, []),
    "Armenpress": (O, ["ARMENPRESS"]), "24.kg": (O, ["24.kg news agency"]), "Kabar": (O, []),
    "Azatutyun": (O, ["Azatutyun.am"]), "Facebook": (O, []), "Telegram": (O, []), "Kommersant": (O, []),
    "Stabroek News": (O, []), "TV6": (O, []), "Kaieteur News": (O, []),
    "Caribbean Media Corporation": (O, ["CMC"]),
    "Anadolu Agency": (O, ["Anadolu"]), "Channel 12": (O, []), "NSosyal": (O, []), "Horn Diplomat": (O, []),
    "New York Post": (O, []),
    "Press Trust of India": (O, ["PTI"]), "Business Standard": (O, []), "X": (O, []),
    # --- countries (and one unrecognised state)
    "Sudan": (C, ["Sudanese"]), "Ethiopia": (C, ["Ethiopian"]), "Saudi Arabia": (C, ["Saudi"]), "Qatar": (C, ["Qatari"]),
    "Egypt": (C, ["Egyptian"]), "United States": (C, ["U.S.", "US"]), "South Sudan": (C, []),
    "Armenia": (C, ["Armenian"]), "Georgia": (C, ["Georgian"]), "Kazakhstan": (C, ["Kazakh"]), "Iran": (C, []),
    "Russia": (C, ["Russian"]), "Kyrgyzstan": (C, ["Kyrgyz"]), "Uzbekistan": (C, []),
    "Guyana": (C, ["Guyanese"]), "Barbados": (C, []), "Trinidad and Tobago": (C, []), "Suriname": (C, []),
    "India": (C, ["Indian"]), "St Vincent and the Grenadines": (C, []), "Jamaica": (C, []),
    "Türkiye": (C, ["Turkish"]), "Israel": (C, ["Israeli"]), "Somalia": (C, ["Somali"]), "Somaliland": (C, []),
    "Maldives": (C, []), "Sri Lanka": (C, ["Sri Lankan"]), "Pakistan": (C, []), "Bangladesh": (C, []),
    "China": (C, ["Chinese"]),
    # --- organizations
    "Sovereign Council": (G, []), "Forces for Freedom and Change": (G, ["FFC"]),
    "Transitional Military Council": (G, []), "African Union": (G, []),
    "UN Economic Commission for Africa": (G, []),
    "Office of the Prime Minister": (G, []), "Eurasian Economic Union": (G, []),
    "Supreme Eurasian Economic Council": (G, []), "Collective Security Treaty Organization": (G, []),
    "National Assembly": (G, []), "Kremlin": (G, []), "Republican Party": (G, []),
    "Social Democratic Party of Kyrgyzstan": (G, []), "Central Election Commission": (G, ["CEC"]),
    "Jogorku Kenesh": (G, []),
    "CARICOM": (G, []), "Office of the President": (G, []), "APNU+AFC": (G, []),
    "Guyana Elections Commission": (G, []),
    "Foreign Ministry": (G, []), "Communications Directorate": (G, []), "UN Security Council": (G, []),
    "Arab League": (G, []), "Organisation of Islamic Cooperation": (G, []), "White House": (G, []),
    "Prime Minister's Office": (G, []), "External Affairs Ministry": (G, []),
    "President-elect's Office": (G, []), "Elections Commission": (G, []),
}
