"""One type per canonical name over part B of blind38, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two or more ways across the articles are forms of one canonical name:
- Mohamed bin Zayed Al Nahyan (3714, WAM; 3716) / "Sheikh Mohammed bin Zayed Al Nahyan" (3715, Dawn);
- Shah Mehmood Qureshi (3715, 3716) / "Shah Mahmood Qureshi" (3714, WAM);
- Akilisi Pōhiva: "Samuela 'Akilisi Pōhiva" and "Hon. Pōhiva" (3717), "Akilisi Pohiva" (3718),
  "'Akilisi Pohiva" (3719);
- Tamim bin Hamad Al Thani: "Al Thani" (3710, 3712), "Al-Thani" (3711), "al-Thani" (3713);
- Sabah Al-Ahmad Al-Jaber Al-Sabah (3710, 3711) / "Sheikh Sabah al-Ahmad al-Sabah" (3713);
- Sabah Khalid Al-Hamad Al-Sabah (canonical) / "Sheikh Sabah Khaled Al-Hamad Al-Sabah" (3711, KUNA);
- Recep Tayyip Erdoğan (canonical) / "Recep Tayyip Erdogan" (3710, 3712, the only form that occurs);
- Frank Bainimarama (canonical) / "Voreqe Bainimarama" (3717);
- Tuilaepa Sailele Malielegaoi (canonical) / "Tuilaepa Sa'ilele Malielegaoi" (3717).

Two Kuwaiti Sabahs: the Amir (Sabah Al-Ahmad) and the foreign minister (Sabah Khalid). Bare "Sabah",
"Sheikh Sabah" and "Al-Sabah" are never forms (they would name both). Bare "Salman" is not a form
either (King Salman and Mohammed bin Salman).

Typing (blindset judgement 2 read as "is, was or became head of state or government"):
Leaders: the emirs (Tamim, Sabah Al-Ahmad), the kings (Salman, Hamad, Tupou VI), presidents and prime
ministers; Mohammed bin Salman and Mohamed bin Zayed (crown princes, later heads of government or
state); Mohammed bin Abdulrahman Al Thani (foreign minister in 2017, prime minister of Qatar from 2023)
and Sabah Khalid Al-Hamad Al-Sabah (foreign minister in 2017, prime minister of Kuwait 2019-2022);
Shehbaz Sharif (opposition leader in 2019, later prime minister).
Persons: ministers (Tillerson, al-Jubeir, Retno Marsudi, Abdullah bin Zayed, Qureshi, Pompeo, Wang Yi,
Swaraj, Bishop, Peters, Girardin, Fierravanti-Wells), the deputy prime minister Semisi Sika (kept a
Person as the blindset kept Winston Peters, though both were later acting prime ministers), a
governor-general (Cosgrove), national security advisers (Doval, Bolton), a deputy foreign minister
(Al-Jarallah), a spokesman (Kalin), a pilot (Abhinandan Varthaman), bylines and a presenter.
Bare titles ("the Amir", "the Crown Prince", "the Prime Minister") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Gulf and Middle East
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al-Thani",
                                     "Tamim bin Hamad Al-Thani", "Sheikh Tamim bin Hamad al-Thani",
                                     "Tamim bin Hamad al-Thani", "Sheikh Tamim", "Tamim"]),
    "Sabah Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Sabah al-Ahmad al-Sabah",
                                             "Sabah al-Ahmad al-Sabah"]),
    "Sabah Khalid Al-Hamad Al-Sabah": (L, ["Sheikh Sabah Khaled Al-Hamad Al-Sabah", "Sabah Khaled Al-Hamad Al-Sabah",
                                           "Sheikh Sabah Khaled", "Sabah Khaled"]),
    "Salman bin Abdulaziz Al Saud": (L, ["King Salman bin Abdulaziz Al Saud", "King Salman bin Abdulaziz",
                                         "Salman bin Abdulaziz", "King Salman"]),
    "Hamad bin Isa Al Khalifa": (L, ["King Hamad bin Isa Al Khalifa"]),
    "Mohammed bin Salman": (L, ["Saudi Crown Prince Mohammed bin Salman", "Crown Prince Mohammed bin Salman"]),
    "Mohammed bin Abdulrahman Al Thani": (L, ["Sheikh Mohammed bin Abdulrahman Al Thani",
                                              "Sheikh Mohammed bin Abdulrahman al-Thani",
                                              "Mohammed bin Abdulrahman al-Thani"]),
    "Mohamed bin Zayed Al Nahyan": (L, ["His Highness Sheikh Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed bin Zayed Al Nahyan",
                                        "Sheikh Mohamed bin Zayed", "Mohamed bin Zayed",
                                        "Sheikh Mohammed bin Zayed Al Nahyan", "Mohammed bin Zayed Al Nahyan"]),
    "Recep Tayyip Erdoğan": (L, ["Turkish President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdoğan", "Erdogan"]),
    "Hassan Rouhani": (L, ["Dr. Hassan Rouhani"]),
    # ---------------- Leaders: North America
    "Donald Trump": (L, ["President Donald Trump", "President Trump", "Trump"]),
    # ---------------- Leaders: South Asia
    "Narendra Modi": (L, ["Indian Prime Minister Narendra Modi", "Prime Minister Narendra Modi", "Modi"]),
    "Imran Khan": (L, ["Pakistani Prime Minister Imran Khan", "Prime Minister Imran Khan", "Mr Khan", "Khan"]),
    "Shehbaz Sharif": (L, ["Leader of the Opposition Shehbaz Sharif"]),
    # ---------------- Leaders: Oceania
    "Akilisi Pōhiva": (L, ["Samuela 'Akilisi Pōhiva", "'Akilisi Pōhiva", "Hon. Pōhiva", "Prime Minister Akilisi Pohiva",
                          "Akilisi Pohiva", "'Akilisi Pohiva", "Mr Pohiva", "Pōhiva", "Pohiva"]),
    "Jacinda Ardern": (L, ["Prime Minister Jacinda Ardern", "Ms Ardern", "Ardern"]),
    "Malcolm Turnbull": (L, ["Turnbull"]),
    "Tupou VI": (L, ["His Majesty King Tupou VI", "King Tupou VI"]),
    "Frank Bainimarama": (L, ["Voreqe Bainimarama", "Bainimarama"]),
    "Tuilaepa Sailele Malielegaoi": (L, ["Tuilaepa Sa'ilele Malielegaoi", "Tuilaepa"]),
    # ---------------- Persons: ministers and officials
    "Rex Tillerson": (P, ["US Secretary of State Rex Tillerson", "Secretary of State Rex Tillerson", "Tillerson"]),
    "Adel al-Jubeir": (P, ["Saudi Minister of State for Foreign Affairs Adel al-Jubeir"]),
    "Khaled Al-Jarallah": (P, ["Deputy Foreign Minister Khaled Al-Jarallah"]),
    "Ibrahim Kalin": (P, ["Turkish presidential spokesman Ibrahim Kalin"]),
    "Retno Marsudi": (P, []),
    "Abdullah bin Zayed Al Nahyan": (P, ["H.H. Sheikh Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah bin Zayed Al Nahyan",
                                         "Sheikh Abdullah bin Zayed"]),
    "Shah Mehmood Qureshi": (P, ["Foreign Minister Shah Mehmood Qureshi", "Shah Mahmood Qureshi", "Mr Qureshi", "Qureshi"]),
    "Mike Pompeo": (P, ["US Secretary of State Mike Pompeo", "Mr Pompeo", "Pompeo"]),
    "Wang Yi": (P, ["Chinese Foreign Minister Wang Yi"]),
    "Sushma Swaraj": (P, ["External Affairs Minister Sushma Swaraj"]),
    "Ajit Doval": (P, ["National Security Adviser Ajit Doval", "Doval"]),
    "John Bolton": (P, ["Bolton"]),
    "Abhinandan Varthaman": (P, ["Wing Commander Abhinandan Varthaman"]),
    "Julie Bishop": (P, ["Foreign Minister Julie Bishop", "JULIE BISHOP", "Ms Bishop"]),
    "Winston Peters": (P, ["Foreign Minister Winston Peters", "Mr Peters"]),
    "Annick Girardin": (P, []),
    "Concetta Fierravanti-Wells": (P, ["Senator Concetta Fierravanti-Wells"]),
    "Peter Cosgrove": (P, ["Sir Peter Cosgrove"]),
    "Semisi Sika": (P, []),
    # ---------------- Persons: bylines and presenters (invented)
    "Rania Haddad-Oakes": (P, []),
    "Hasan Mirza Baig": (P, []),
    "Ritika Sabharwal": (P, []),
    "Elise Tranter": (P, ["ELISE TRANTER"]),
    # ---------------- Outlets
    "Al Jazeera": (O, []),
    "NTV": (O, []),
    "Sky News Arabia": (O, []),
    "Saudi Press Agency": (O, []),
    "Kuwait Times": (O, ["KUWAIT TIMES"]),
    "Kuwait News Agency": (O, ["KUNA"]),
    "The Peninsula": (O, []),
    "Qatar News Agency": (O, ["QNA"]),
    "Anadolu Agency": (O, []),
    "Middle East Eye": (O, []),
    "Twitter": (O, []),
    "Emirates News Agency": (O, ["WAM"]),
    "Dawn": (O, []),
    "PTV": (O, []),
    "Radio Pakistan": (O, []),
    "Geo News": (O, []),
    "Hindustan Times": (O, []),
    "Kaniva Tonga": (O, ["Kaniva News"]),
    "RNZ": (O, ["Radio New Zealand"]),
    "Australian Broadcasting Corporation": (O, ["ABC Radio", "ABC"]),
    # ---------------- Countries
    "Qatar": (C, ["Qatari"]),
    "Saudi Arabia": (C, ["Saudi"]),
    "United Arab Emirates": (C, ["UAE"]),
    "Bahrain": (C, []),
    "Egypt": (C, []),
    "Kuwait": (C, ["Kuwaiti"]),
    "Türkiye": (C, ["Turkey", "Turkish"]),
    "Iran": (C, []),
    "Indonesia": (C, ["Indonesian"]),
    "South Korea": (C, ["Republic of Korea"]),
    "United States": (C, ["US"]),
    "India": (C, ["Indian"]),
    "Pakistan": (C, ["Pakistani"]),
    "China": (C, ["Chinese"]),
    "Russia": (C, ["Russian"]),
    "Tonga": (C, ["Tongan"]),
    "New Zealand": (C, []),
    "Australia": (C, ["Australian"]),
    "Fiji": (C, []),
    "Samoa": (C, []),
    "France": (C, []),
    # ---------------- Organizations
    "Qatar Airways": (G, []),
    "Amiri Diwan": (G, []),
    "Gulf Cooperation Council": (G, ["GCC"]),
    "White House": (G, []),
    "Organisation of Islamic Cooperation": (G, ["OIC"]),
    "PM Office": (G, []),
    "Indian Air Force": (G, []),
    "Palace Office": (G, []),
    "National Emergency Management Office": (G, []),
    "Royal New Zealand Air Force": (G, []),
}
