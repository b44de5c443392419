"""One type per canonical name over part B of blind54, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words, case-sensitive).

Names written two ways across articles: "Nana Akufo-Addo" (4910, 4911) / "Nana Addo Dankwa Akufo-Addo" (4912, GNA's
style); "S Jaishankar" (4914, PTI) / "S. Jaishankar" (4915) / "Dr. S. Jaishankar" (4916) / "Subrahmanyam Jaishankar"
(4913); "Prince Faisal bin Farhan" (4913) / "Prince Faisal bin Farhan Al Saud" (4914); "Andrés Manuel López Obrador"
(4918) / "AMLO" and "López Obrador" (4917); "Atiku Abubakar" / "Atiku" / "Mr Abubakar" (4912, GNA's style); "George
Manneh Weah"; "Abdel Fattah Al-Burhan"; "Mohamed Hamdan Dagalo" / "Hemedti". Names with particles or compounds:
"Abdullatif bin Rashid Al-Zayani", "Abdullah bin Zayed Al Nahyan", "Olga Sánchez Cordero", "Alexandra Hill Tinoco",
"Hugo López-Gatell", "Shirley Ayorkor Botchwey", "Juan Orlando Hernández".

Typing (the blindset's judgement 2: who is or was head of state or government is a Leader): presidents, prime
ministers, the Crown Prince and Prime Minister of Saudi Arabia (Mohammed bin Salman) and the chairman of Sudan's
Transitional Sovereignty Council (Abdel Fattah Al-Burhan) are Leaders. Persons: ministers (Onyeama, Botchwey,
Faisal bin Farhan, Al-Zayani, Abdullah bin Zayed, Shoukry, Jaishankar, Herath, Chandrasekar, Rajiv Ranjan Singh,
Ebrard, Brolo, Rosales, Hill Tinoco, Sánchez Cordero), the EU's High Representative (Borrell), a former vice-president
who lost the election (Atiku Abubakar), a Senate President (Saraki), a chief minister (Stalin), an assistant
secretary of state (Nagy), a US secretary of state (Blinken), a militia commander (Dagalo), a fund chief
(Dmitriev), an undersecretary (López-Gatell), an electoral commission chairman (Yakubu), spokespeople and the
bylines. Bare titles are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # Leaders
    "Muhammadu Buhari": (L, ["President Muhammadu Buhari", "President Buhari", "Mr Buhari", "Buhari"]),
    "Nana Akufo-Addo": (L, ["Nana Addo Dankwa Akufo-Addo", "President Nana Addo Dankwa Akufo-Addo",
                            "President Akufo-Addo", "Akufo-Addo"]),
    "Alassane Ouattara": (L, ["President Ouattara"]),
    "George Weah": (L, ["George Manneh Weah", "President Weah"]),
    "Mahamadou Issoufou": (L, ["President Mahamadou Issoufou"]),
    "Uhuru Kenyatta": (L, ["President Uhuru Kenyatta"]),
    "Macky Sall": (L, ["President Macky Sall"]),
    "Mohammed bin Salman": (L, ["Crown Prince and Prime Minister Mohammed bin Salman"]),
    "Abdel Fattah Al-Burhan": (L, ["Lt. Gen. Abdel Fattah Al-Burhan", "Al-Burhan"]),
    "Narendra Modi": (L, ["Prime Minister Narendra Modi", "Indian Prime Minister Narendra Modi"]),
    "Anura Kumara Dissanayake": (L, ["President Anura Kumara Dissanayake", "Mr. Dissanayake"]),
    "Andrés Manuel López Obrador": (L, ["President López Obrador", "López Obrador", "AMLO",
                                        "Mexican President Andrés Manuel López Obrador"]),
    "Vladimir Putin": (L, ["President Vladimir Putin", "President Putin", "Putin"]),
    "Alberto Fernández": (L, ["Fernández"]),
    "Alejandro Giammattei": (L, ["President Alejandro Giammattei", "Giammattei"]),
    "Juan Orlando Hernández": (L, []),
    "Joe Biden": (L, []),
    "Miguel Díaz-Canel": (L, ["Cuban President Miguel Díaz-Canel"]),
    "Luis Arce": (L, ["Bolivian President Luis Arce"]),
    # Persons
    "Atiku Abubakar": (P, ["Mr Atiku Abubakar", "Mr Abubakar", "Atiku"]),
    "Geoffrey Onyeama": (P, ["Mr Geoffrey Onyeama", "Mr Onyeama"]),
    "Tibor Nagy": (P, []),
    "Garba Shehu": (P, []),
    "Mahmood Yakubu": (P, ["INEC Chairman Mahmood Yakubu"]),
    "Chiamaka Obiorah-Bello": (P, []),
    "Tunde Adesokan": (P, []),
    "Emmanuel Okorie-Danjuma": (P, []),
    "Bukola Saraki": (P, ["Senate President Bukola Saraki"]),
    "Eugene Arhin": (P, ["Mr Eugene Arhin"]),
    "Shirley Ayorkor Botchwey": (P, ["Madam Shirley Ayorkor Botchwey", "Madam Botchwey"]),
    "Faisal bin Farhan": (P, ["Prince Faisal bin Farhan", "Prince Faisal bin Farhan Al Saud", "Prince Faisal"]),
    "Subrahmanyam Jaishankar": (P, ["S Jaishankar", "S. Jaishankar", "Dr. S. Jaishankar", "Dr. Jaishankar",
                                    "External Affairs Minister S Jaishankar", "External Affairs Minister S. Jaishankar",
                                    "Mr. Jaishankar", "Jaishankar"]),
    "Abdullatif bin Rashid Al-Zayani": (P, []),
    "Josep Borrell": (P, []),
    "Mohamed Hamdan Dagalo": (P, ["Hemedti"]),
    "Abdullah bin Zayed Al Nahyan": (P, ["Sheikh Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah"]),
    "Sameh Shoukry": (P, []),
    "R. Kavitha Sundaram": (P, []),
    "M.K. Stalin": (P, ["Chief Minister M.K. Stalin"]),
    "Vijitha Herath": (P, ["Foreign Minister Vijitha Herath", "Minister Herath"]),
    "Nadeesha Wijeratne-Silva": (P, []),
    "Ramalingam Chandrasekar": (P, ["Fisheries Minister Ramalingam Chandrasekar"]),
    "Rajiv Ranjan Singh": (P, []),
    "Olga Sánchez Cordero": (P, ["Interior Secretary Olga Sánchez Cordero", "SECRETARY OLGA SÁNCHEZ CORDERO",
                                 "SÁNCHEZ CORDERO"]),
    "Marcelo Ebrard": (P, ["Foreign Minister Marcelo Ebrard", "FOREIGN MINISTER MARCELO EBRARD", "EBRARD",
                           "Mexican Foreign Minister Marcelo Ebrard"]),
    "Pedro Brolo": (P, ["Foreign Minister Pedro Brolo", "Guatemalan Foreign Minister Pedro Brolo"]),
    "Lisandro Rosales": (P, ["Foreign Minister Lisandro Rosales"]),
    "Antony Blinken": (P, ["Secretary Blinken"]),
    "Hugo López-Gatell": (P, ["Dr. López-Gatell", "Health Undersecretary Hugo López-Gatell"]),
    "Kirill Dmitriev": (P, []),
    "Alexandra Hill Tinoco": (P, ["Salvadoran Foreign Minister Alexandra Hill Tinoco"]),
    # Outlets and platforms
    "Premium Times": (O, ["PREMIUM TIMES"]),
    "Channels Television": (O, []),
    "Twitter": (O, []),
    "Vanguard": (O, ["Vanguard News Nigeria"]),
    "Nigerian Television Authority": (O, ["NTA"]),
    "Ghana News Agency": (O, ["GNA"]),
    "Facebook": (O, []),
    "Saudi Press Agency": (O, []),
    "Hindustan Times": (O, ["HT"]),
    "PTI": (O, []),
    "Daily Mirror": (O, []),
    "Thanthi TV": (O, []),
    "Hiru News": (O, []),
    "El Universal": (O, ["El Universal English"]),
    "Prensa Libre": (O, []),
    "EFE": (O, []),
    "Radio 10": (O, []),
    "Prensa Latina": (O, []),
    # Organizations
    "Independent National Electoral Commission": (G, ["INEC"]),
    "All Progressives Congress": (G, ["APC"]),
    "Peoples Democratic Party": (G, ["PDP"]),
    "ECOWAS": (G, ["Economic Community of West African States", "ECOWAS Commission"]),
    "National Democratic Congress": (G, ["NDC"]),
    "African Union": (G, []),
    "Gulf Cooperation Council": (G, []),
    "Rapid Support Forces": (G, ["RSF"]),
    "World Health Organization": (G, []),
    "Ministry of External Affairs": (G, []),
    "President's Media Division": (G, []),
    "Ministry of Foreign Affairs": (G, []),
    "Sri Lanka Navy": (G, ["Sri Lankan Navy"]),
    "Kremlin": (G, []),
    "Russian Direct Investment Fund": (G, []),
    # Countries
    "Nigeria": (C, ["Nigerian", "Nigerians"]),
    "Ghana": (C, ["Ghanaian"]),
    "United States": (C, ["US", "Washington", "Americans"]),
    "Côte d'Ivoire": (C, ["Ivorian"]),
    "Liberia": (C, []),
    "Niger": (C, ["Republic of Niger"]),
    "Kenya": (C, []),
    "Senegal": (C, []),
    "Saudi Arabia": (C, ["Saudi", "Riyadh"]),
    "Sudan": (C, ["Sudanese"]),
    "India": (C, ["Indian", "Indians", "New Delhi"]),
    "Bahrain": (C, []),
    "United Arab Emirates": (C, ["UAE"]),
    "Egypt": (C, ["Egyptian"]),
    "United Kingdom": (C, ["UK"]),
    "Sri Lanka": (C, ["Sri Lankan", "Colombo"]),
    "Mexico": (C, ["Mexican"]),
    "Russia": (C, ["Russian"]),
    "Argentina": (C, ["Argentine"]),
    "Guatemala": (C, ["Guatemalan"]),
    "Honduras": (C, ["Honduran", "Hondurans"]),
    "El Salvador": (C, ["Salvadoran"]),
}
