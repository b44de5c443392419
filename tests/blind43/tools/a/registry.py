"""One type per canonical name over part A of blind43, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two or more ways across articles are forms of one canonical name:
- Mohamed bin Zayed Al Nahyan (4200, 4202, 4209: "Sheikh Mohamed bin Zayed") / Mohammed bin Zayed Al Nahyan (4203);
- Subrahmanyam Jaishankar (4200: "Dr Subrahmanyam Jaishankar") / S Jaishankar (4202) / S. Jaishankar (4209);
- Shah Mahmood Qureshi (4203) / Shah Mehmood Qureshi (4201, AP's spelling);
- Prayut Chan-o-cha (4207, the Bangkok Post's form) / Prayuth Chan-ocha (4208, the ABC's form);
- Mishal Al-Ahmad Al-Jaber Al-Sabah, written "Mishal Al Ahmad Al Jaber Al Sabah" in 4200 (WAM's form, no hyphens);
  the scorer's normalization makes the two the same key;
- Thani bin Ahmed Al Zeyoudi, written "Dr Thani Al Zeyoudi" and "Dr Al Zeyoudi" in 4209.

Typing (blindset judgement 2: people who are, were or became heads of state or government are Leaders):
Leaders: presidents, prime ministers, kings and emirs in office on the dates given; Mohamed bin Zayed (Crown Prince of
Abu Dhabi in 2022, President of the UAE from May 2022, as the earlier sets typed him); Mishal Al-Ahmad Al-Jaber
Al-Sabah (Crown Prince of Kuwait in January 2022, Emir from December 2023); Mohammed bin Salman (Crown Prince in
January 2022, Prime Minister from September 2022, a Leader in the blindset); Nawaf Al-Ahmad Al-Jaber Al-Sabah (Emir of
Kuwait, named, no call); Xi Jinping and Biden in 4207 (messages only).
Persons: ministers (Abdullah bin Zayed, Jaishankar, Blinken, Qureshi, Amir-Abdollahian, Mendicino, Mayorkas, Blair,
Penny Wong, Don Pramudwinai, Goyal, Al Zeyoudi), provincial premiers (Ford, Kenney, Moe, Legault: heads of
sub-national governments, as the blindset's Doug Ford), a state governor (Whitmer), mayors (Dilkens, Watson), a police
chief (Mizuno, Sloly), spokespeople (Price, Bagchi, Asim Iftikhar Ahmad, Anucha, Saree), a national security adviser
(Sullivan), a television host (Kapelos) and the bylines (invented).
Bare titles ("the prime minister", "the president", "the crown prince", "the minister") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: the Houthi attack on Abu Dhabi (January 2022) and the UAE-India summit (February 2022)
    "Mohamed bin Zayed Al Nahyan": (L, ["Sheikh Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed bin Zayed",
                                        "Mohamed bin Zayed", "Sheikh Mohammed bin Zayed Al Nahyan",
                                        "Mohammed bin Zayed Al Nahyan", "Mohammed bin Zayed", "Sheikh Mohamed"]),
    "Hamad bin Isa Al Khalifa": (L, ["King Hamad bin Isa Al Khalifa", "King Hamad"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim"]),
    "Mishal Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Mishal Al Ahmad Al Jaber Al Sabah", "Mishal Al Ahmad Al Jaber Al Sabah",
                                               "Sheikh Mishal"]),
    "Nawaf Al-Ahmad Al-Jaber Al-Sabah": (L, ["Sheikh Nawaf Al Ahmad Al Jaber Al Sabah", "Nawaf Al Ahmad Al Jaber Al Sabah"]),
    "Imran Khan": (L, ["Prime Minister Imran Khan"]),
    "Shavkat Mirziyoyev": (L, ["President Shavkat Mirziyoyev", "Mirziyoyev"]),
    "Narendra Modi": (L, ["Prime Minister Narendra Modi", "Modi"]),
    "Mohammed bin Salman": (L, ["Saudi Crown Prince Mohammed bin Salman"]),
    # ---------------- Leaders: the Ambassador Bridge blockade (February 2022)
    "Justin Trudeau": (L, ["Prime Minister Justin Trudeau", "Trudeau"]),
    "Joe Biden": (L, ["U.S. President Joe Biden", "US President Joe Biden", "President Joe Biden", "President Biden",
                      "Biden"]),
    # ---------------- Leaders: the Nong Bua Lamphu attack (October 2022)
    "Prayut Chan-o-cha": (L, ["Prime Minister Prayut Chan-o-cha", "Prayuth Chan-ocha", "Prime Minister Prayuth Chan-ocha",
                              "Prime Minister Prayut", "Prime Minister Prayuth", "Gen Prayut", "Mr Prayuth", "Prayut",
                              "Prayuth"]),
    "Anthony Albanese": (L, ["Australian Prime Minister Anthony Albanese", "Prime Minister Anthony Albanese",
                             "Mr Albanese", "Albanese"]),
    "Lee Hsien Loong": (L, ["Prime Minister Lee Hsien Loong", "Mr Lee"]),
    "Fumio Kishida": (L, ["Japanese Prime Minister Fumio Kishida", "Kishida"]),
    "Ferdinand Marcos Jr.": (L, ["Philippine President Ferdinand Marcos Jr", "President Ferdinand Marcos Jr",
                                 "Ferdinand Marcos Jr", "Mr Marcos", "Marcos"]),
    "Jacinda Ardern": (L, ["New Zealand Prime Minister Jacinda Ardern", "Ardern"]),
    "Xi Jinping": (L, ["Chinese President Xi Jinping"]),
    # ---------------- Persons: ministers and officials
    "Abdullah bin Zayed Al Nahyan": (P, ["Sheikh Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah bin Zayed",
                                         "Abdullah bin Zayed", "Sheikh Abdullah"]),
    "Subrahmanyam Jaishankar": (P, ["Dr Subrahmanyam Jaishankar", "S Jaishankar", "S. Jaishankar", "Mr Jaishankar",
                                    "Jaishankar"]),
    "Antony Blinken": (P, ["Secretary of State Antony Blinken", "Blinken"]),
    "Shah Mahmood Qureshi": (P, ["Foreign Minister Shah Mahmood Qureshi", "Shah Mehmood Qureshi", "Qureshi"]),
    "Hossein Amir-Abdollahian": (P, ["Foreign Minister Hossein Amir-Abdollahian", "Amir-Abdollahian"]),
    "Ned Price": (P, ["State Department spokesman Ned Price", "Price"]),
    "Jake Sullivan": (P, []),
    "Yahya Saree": (P, []),
    "Arindam Bagchi": (P, ["MEA spokesperson Arindam Bagchi"]),
    "Asim Iftikhar Ahmad": (P, []),
    "Piyush Goyal": (P, ["Mr Goyal"]),
    "Thani bin Ahmed Al Zeyoudi": (P, ["Dr Thani Al Zeyoudi", "Thani Al Zeyoudi", "Dr Al Zeyoudi"]),
    "Marco Mendicino": (P, ["Public Safety Minister Marco Mendicino", "Minister Mendicino", "Mendicino"]),
    "Alejandro Mayorkas": (P, ["Homeland Security Secretary Alejandro Mayorkas", "Secretary Mayorkas", "Mayorkas"]),
    "Bill Blair": (P, ["Blair"]),
    "Gretchen Whitmer": (P, ["Michigan Gov. Gretchen Whitmer", "Whitmer"]),
    "Doug Ford": (P, ["Ontario Premier Doug Ford", "Premier Doug Ford", "Premier Ford", "Ford"]),
    "Jason Kenney": (P, []),
    "Scott Moe": (P, []),
    "François Legault": (P, []),
    "Drew Dilkens": (P, ["Mayor Drew Dilkens", "Mayor Dilkens", "Dilkens"]),
    "Jim Watson": (P, ["Ottawa Mayor Jim Watson", "Watson"]),
    "Pam Mizuno": (P, []),
    "Peter Sloly": (P, []),
    "Vassy Kapelos": (P, ["Kapelos"]),
    "Penny Wong": (P, ["Foreign Minister Penny Wong", "Senator Wong"]),
    "Don Pramudwinai": (P, []),
    "Anucha Burapachaisri": (P, []),
    # invented: bylines and contributors
    "Daniel Okafor-Lindqvist": (P, []),
    "Ritika Menon-Dsouza": (P, []),
    "Tahir Naseem Khattak": (P, []),
    "Jordan Lachance-Whyte": (P, []),
    "Achara Wongsuwan-Pike": (P, []),
    "Tom Ashworth-Mbeki": (P, []),
    "Farah Al Marzouqi-Grant": (P, []),
    # ---------------- Outlets and platforms
    "Gulf Today": (O, []),
    "Emirates News Agency": (O, ["WAM"]),
    "The Associated Press": (O, ["Associated Press", "AP"]),
    "Press TV": (O, []),
    "Tasnim News Agency": (O, ["Tasnim news agency", "Tasnim"]),
    "NDTV": (O, []),
    "Press Trust of India": (O, ["PTI"]),
    "Twitter": (O, []),
    "Dawn": (O, []),
    "PTV News": (O, ["PTV"]),
    "Windsor Star": (O, []),
    "CBC": (O, ["CBC Windsor", "CBC News", "CBC News Network"]),
    "CFRA": (O, []),
    "The Canadian Press": (O, ["Canadian Press"]),
    "Detroit Free Press": (O, []),
    "Global News": (O, []),
    "Facebook": (O, []),
    "Thai PBS": (O, []),
    "Thai News Agency": (O, []),
    "Australian Associated Press": (O, ["AAP"]),
    # ---------------- Countries
    "United Arab Emirates": (C, ["UAE", "Emirati", "Emirates"]),
    "Bahrain": (C, []),
    "Qatar": (C, []),
    "Kuwait": (C, []),
    "Pakistan": (C, ["Pakistani"]),
    "Uzbekistan": (C, []),
    "India": (C, ["Indian", "Indians"]),
    "United States": (C, ["US", "U.S.", "Washington"]),
    "Yemen": (C, []),
    "Iran": (C, []),
    "Saudi Arabia": (C, ["Saudi"]),
    "Canada": (C, []),
    "Thailand": (C, ["Thai"]),
    "Australia": (C, ["Australian", "Australians"]),
    "Singapore": (C, []),
    "Japan": (C, ["Japanese"]),
    "Philippines": (C, ["Philippine"]),
    "New Zealand": (C, []),
    "China": (C, ["Chinese"]),
    # ---------------- Organizations
    "Houthis": (G, ["Houthi militia", "Houthi rebels"]),
    "ADNOC": (G, []),
    "Abu Dhabi Police": (G, []),
    "Ministry of Foreign Affairs and International Cooperation": (G, []),
    "State Department": (G, []),
    "Ministry of External Affairs": (G, []),
    "Prime Minister's Office": (G, ["PMO"]),
    "Foreign Office": (G, []),
    "White House": (G, []),
    "Royal Canadian Mounted Police": (G, ["RCMP"]),
    "Ontario Provincial Police": (G, ["OPP"]),
    "Foreign Affairs Ministry": (G, []),
    "Department of Foreign Affairs and Trade": (G, ["DFAT"]),
}
