"""One type per canonical name over part B of blind46, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Names written two ways: "Ratu Naiqama Lalabalavu" (4512) / "Ratu Naiqama Tawake Lalabalavu" (4513);
"Sheikh Sabah Khalid Al-Hamad Al-Sabah" (4514, 4515) / "Sheikh Sabah Khalid"; "Prince Salman bin Hamad Al Khalifa" / "HRH
Prince Salman" (4515).
Typing (the blindset's judgement 2): Leaders are heads of state or government, kings, emirs, crown princes who are also
prime ministers, and Sheikh Sabah Khalid (a former prime minister, Crown Prince of Kuwait; as the prior sets typed him).
Persons: governors of US and Mexican states (Abbott, García), governors-general (Kiro, Mostyn), ministers, officials,
spokespeople, bylines and quoted truckers. Bare titles are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # Leaders
    "Andrés Manuel López Obrador": (L, ["President Andrés Manuel López Obrador", "López Obrador"]),
    "Ratu Naiqama Lalabalavu": (L, ["President Ratu Naiqama Lalabalavu", "Ratu Naiqama Tawake Lalabalavu",
                                    "Ratu Naiqama"]),
    "Sitiveni Rabuka": (L, ["Prime Minister Sitiveni Rabuka"]),
    "Wiliame Katonivere": (L, ["Ratu Wiliame Katonivere"]),
    "Tupou VI": (L, ["King Tupou VI"]),
    "Sabah Khalid Al-Hamad Al-Sabah": (L, ["Sheikh Sabah Khalid Al-Hamad Al-Sabah", "Sheikh Sabah Khalid"]),
    "Mohammed bin Salman": (L, ["Prince Mohammed bin Salman bin Abdulaziz Al Saud",
                                "Mohammed bin Salman bin Abdulaziz Al Saud"]),
    "Salman bin Hamad Al Khalifa": (L, ["Prince Salman bin Hamad Al Khalifa", "HRH Prince Salman", "Prince Salman"]),
    "Hamad bin Isa Al Khalifa": (L, ["King Hamad bin Isa Al Khalifa", "King Hamad"]),
    "Mohammed bin Abdulrahman Al Thani": (L, ["Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani",
                                              "Mohammed bin Abdulrahman bin Jassim Al Thani"]),
    "Mishal Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah"]),
    "Ahmad Abdullah Al-Ahmad Al-Sabah": (L, ["Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah"]),
    "Kassym-Jomart Tokayev": (L, ["President Kassym-Jomart Tokayev", "Tokayev"]),
    "Emomali Rahmon": (L, ["Tajik President Emomali Rahmon"]),
    "Olzhas Bektenov": (L, ["Prime Minister Olzhas Bektenov", "Bektenov"]),
    "Abdulla Aripov": (L, ["Uzbek Prime Minister Abdulla Aripov", "Aripov"]),
    "Lawrence Wong": (L, ["Prime Minister Wong"]),
    # Persons
    "Greg Abbott": (P, ["Gov. Greg Abbott", "Texas Governor Greg Abbott", "Abbott"]),
    "Samuel García": (P, ["Nuevo León Gov. Samuel García", "Nuevo León Governor Samuel García", "García"]),
    "Alejandro Mayorkas": (P, ["US Homeland Security Secretary Alejandro Mayorkas"]),
    "Alicia Bárcena": (P, ["Foreign Minister Alicia Bárcena"]),
    "Antony Blinken": (P, ["US Secretary of State Antony Blinken"]),
    "Elena Marquez-Holloway": (P, ["ELENA MARQUEZ-HOLLOWAY"]),
    "Jorge Villarreal-Beck": (P, []),
    "Rogelio Treviño": (P, ["Treviño"]),
    "Cindy Kiro": (P, ["Dame Cindy Kiro", "Dame Cindy"]),
    "Sam Mostyn": (P, []),
    "Abdullatif bin Rashid Al Zayani": (P, ["Dr Abdullatif bin Rashid Al Zayani"]),
    "Berik Uali": (P, []),
    "Murat Nurtleu": (P, ["Foreign Minister Murat Nurtleu"]),
    "Wang Yi": (P, ["Chinese Foreign Minister Wang Yi", "Foreign Minister Wang Yi"]),
    "Vivian Balakrishnan": (P, ["Dr Vivian Balakrishnan"]),
    "Enrique Manalo": (P, ["Secretary Manalo"]),
    "Retno Marsudi": (P, ["Foreign Minister Retno"]),
    # Outlets
    "The Texas Tribune": (O, ["THE TEXAS TRIBUNE", "Tribune"]),
    "X": (O, []),
    "Mexico News Daily": (O, []),
    "Milenio": (O, []),
    "The Dallas Morning News": (O, []),
    "Reforma": (O, []),
    "Fiji Village": (O, ["Fiji Village News"]),
    "Facebook": (O, []),
    "RNZ Pacific": (O, []),
    "Matangi Tonga": (O, []),
    "Kuwait News Agency": (O, ["KUNA"]),
    "Arab Times": (O, []),
    "GDN Online": (O, []),
    "Bahrain News Agency": (O, ["BNA"]),
    "The Astana Times": (O, []),
    "Kazinform": (O, []),
    "Telegram": (O, []),
    "Daryo": (O, ["Daryo.uz"]),
    # Countries
    "Mexico": (C, ["Mexican"]),
    "United States": (C, ["US", "Washington"]),
    "Fiji": (C, ["Fijian", "Fijians"]),
    "New Zealand": (C, ["New Zealanders"]),
    "Tonga": (C, []),
    "Australia": (C, []),
    "Kuwait": (C, ["Kuwaiti"]),
    "Saudi Arabia": (C, ["Saudi"]),
    "Bahrain": (C, ["Bahraini"]),
    "Qatar": (C, ["Qatari"]),
    "Kazakhstan": (C, ["Kazakh"]),
    "Tajikistan": (C, ["Tajik"]),
    "China": (C, ["Chinese"]),
    "Uzbekistan": (C, ["Uzbek"]),
    "Singapore": (C, []),
    "Philippines": (C, ["Philippine"]),
    # Organizations
    "Texas Department of Public Safety": (G, ["Department of Public Safety"]),
    "Foreign Affairs Ministry (Mexico)": (G, ["Foreign Affairs Ministry", "SRE"]),
    "Office of the President (Fiji)": (G, ["Office of the President"]),
    "ASEAN": (G, []),
}
