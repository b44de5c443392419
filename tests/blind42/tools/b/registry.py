"""One type per canonical name over part B of blind42, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two or more ways across the articles are forms of one canonical name:
- Shehbaz Sharif / "Muhammad Shehbaz Sharif" (4115) / "Shahbaz Sharif" (4116, the Turkish spelling) / "Shehbaz" /
  "Sharif" (4116, where no other Sharif is meant; in 4114 and 4115 the string only occurs inside the two full names);
- Recep Tayyip Erdoğan / "Recep Tayyip Erdogan", "Erdogan" (4115, no breve) / "Erdoğan" (4116);
- Mohammed bin Salman / "Muhammad bin Salman" (4115, the Pakistani spelling);
- Kim Jong Un (4110, 4111) / "Kim Jong-un" (4112, Yonhap's spelling);
- Abdullah bin Zayed Al Nahyan / "Sheikh Abdullah bin Zayed Al Nahyan" (4118) / "Sheikh Abdullah bin Zayed" (4119);
- Chrystia Freeland / "FREELAND" (4113's speaker labels).

Typing (the blindset's judgement 2: people who are or were heads of state or government are Leaders):
Leaders: presidents, prime ministers, the emir, the crown prince (Mohammed bin Salman, as in the blindset), Kim Jong Un,
Chinese Premier Li Keqiang; Yoshihide Suga (Chief Cabinet Secretary in 2017, prime minister 2020-2021; no call); Yair
Lapid (alternate prime minister and foreign minister in June 2021, prime minister July-December 2022); Nawaz Sharif
and Imran Khan (former prime ministers at the dates of 4114-4116), Asif Ali Zardari (president 2008-2013);
Benjamin Netanyahu (former prime minister in June 2021; no call).
Persons: ministers (Taro Kono, Rex Tillerson, Kang Kyung-wha, Itsunori Onodera, James Mattis, Wang Yi, Chrystia
Freeland, Julie Bishop, Fawad Chaudhry, Antony Blinken, Abdullah bin Zayed, Abdullatif Al Zayani, Nasser Bourita,
Ayman Safadi, Sameh Shoukry), the UN ambassador (Nikki Haley), spokespeople (Sarah Huckabee Sanders, Heather Nauert,
Park Soo-hyun, Marriyum Aurangzeb), military chiefs (Jeong Kyeong-doo, Joseph Dunford, Katsutoshi Kawano), the
National Assembly's speaker and presiding member (Asad Qaiser, Ayaz Sadiq), a party vice president (Maryam Nawaz),
an ambassador (Mohamed Al Khaja) and the bylines and producer (invented).
Bare titles ("the prime minister", "the Crown Prince", "the Israeli minister") are never aliases.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: East Asia and North America
    "Shinzo Abe": (L, ["Prime Minister Shinzo Abe", "Japanese Prime Minister Shinzo Abe", "Abe"]),
    "Donald Trump": (L, ["U.S. President Donald Trump", "President Trump", "Trump"]),
    "Xi Jinping": (L, ["Chinese President Xi Jinping", "Xi"]),
    "Moon Jae-in": (L, ["South Korean President Moon Jae-in", "President Moon Jae-in", "Moon"]),
    "Kim Jong Un": (L, ["Kim Jong-un"]),
    "Yoshihide Suga": (L, ["Chief Cabinet Secretary Yoshihide Suga", "Suga"]),
    "Justin Trudeau": (L, ["Canadian Prime Minister Justin Trudeau", "Prime Minister Trudeau", "Trudeau"]),
    "Joe Biden": (L, ["US President Joe Biden", "President Biden", "Biden"]),
    # ---------------- Leaders: South and Central Asia, Southeast Asia
    "Shehbaz Sharif": (L, ["Prime Minister Muhammad Shehbaz Sharif", "Muhammad Shehbaz Sharif", "Shahbaz Sharif",
                           "Shehbaz", "Sharif"]),
    "Nawaz Sharif": (L, ["Nawaz"]),
    "Imran Khan": (L, ["Prime Minister Imran Khan", "Khan"]),
    "Asif Ali Zardari": (L, ["Zardari"]),
    "Narendra Modi": (L, ["Indian Prime Minister Narendra Modi", "Modi"]),
    "Emomali Rahmon": (L, ["Tajik President Emomali Rahmon", "President Rahmon", "Rahmon"]),
    "Ismail Sabri Yaakob": (L, ["Malaysian Prime Minister Ismail Sabri Yaakob"]),
    "Li Keqiang": (L, ["Chinese Premier Li Keqiang"]),
    # ---------------- Leaders: Middle East
    "Recep Tayyip Erdoğan": (L, ["President Recep Tayyip Erdoğan", "Turkish President Recep Tayyip Erdogan",
                                 "Recep Tayyip Erdogan", "President Erdogan", "Erdoğan", "Erdogan"]),
    "Mohammed bin Salman": (L, ["Saudi Crown Prince Muhammad bin Salman", "Muhammad bin Salman"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani"]),
    "Naftali Bennett": (L, ["Prime Minister Naftali Bennett", "Bennett"]),
    "Yair Lapid": (L, ["Lapid"]),
    "Benjamin Netanyahu": (L, ["Netanyahu"]),
    # ---------------- Persons: ministers, officials, spokespeople
    "Taro Kono": (P, ["Foreign Minister Taro Kono", "Kono"]),
    "Rex Tillerson": (P, ["U.S. Secretary of State Rex Tillerson", "Secretary of State Rex Tillerson", "Tillerson"]),
    "Kang Kyung-wha": (P, ["Foreign Minister Kang Kyung-wha", "Kang"]),
    "Itsunori Onodera": (P, ["Defense Minister Itsunori Onodera", "Onodera"]),
    "Sarah Huckabee Sanders": (P, ["Sanders"]),
    "Heather Nauert": (P, []),
    "James Mattis": (P, ["Defense Secretary James Mattis", "Mattis"]),
    "Nikki Haley": (P, ["Haley"]),
    "Park Soo-hyun": (P, ["Park"]),
    "Jeong Kyeong-doo": (P, []),
    "Joseph Dunford": (P, []),
    "Katsutoshi Kawano": (P, []),
    "Wang Yi": (P, ["Chinese Foreign Minister Wang Yi"]),
    "Chrystia Freeland": (P, ["FREELAND", "Freeland"]),
    "Julie Bishop": (P, []),
    "Maryam Nawaz": (P, []),
    "Marriyum Aurangzeb": (P, []),
    "Ayaz Sadiq": (P, []),
    "Asad Qaiser": (P, ["Qaiser"]),
    "Fawad Chaudhry": (P, []),
    "Antony Blinken": (P, ["US Secretary of State Antony Blinken"]),
    "Abdullah bin Zayed Al Nahyan": (P, ["Sheikh Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah bin Zayed",
                                         "Abdullah bin Zayed", "Sheikh Abdullah"]),
    "Mohamed Al Khaja": (P, []),
    "Abdullatif Al Zayani": (P, []),
    "Nasser Bourita": (P, []),
    "Ayman Safadi": (P, []),
    "Sameh Shoukry": (P, []),
    # ---------------- Persons: bylines and credits (invented)
    "Jordan Pelletier-Hayes": (P, ["JORDAN PELLETIER-HAYES"]),
    "Kira Haldane-Morrow": (P, []),
    "Tova Rosenzweig-Haller": (P, ["TOVA ROSENZWEIG-HALLER"]),
    "Daniel Hirsch-Amari": (P, []),
    # ---------------- Outlets
    "The Japan Times": (O, []),
    "Kyodo News": (O, ["KYODO", "Kyodo"]),
    "NHK": (O, []),
    "The Hill": (O, ["THE HILL"]),
    "Twitter": (O, []),
    "The Korea Herald": (O, []),
    "Yonhap": (O, []),
    "Korean Central News Agency": (O, []),
    "As It Happens": (O, []),
    "The Globe and Mail": (O, []),
    "Dawn": (O, ["Dawn.com"]),
    "Geo News": (O, []),
    "Khovar": (O, []),
    "Saudi Press Agency": (O, []),
    "Daily Sabah": (O, ["DAILY SABAH"]),
    "Anadolu Agency": (O, ["AA"]),
    "Emirates News Agency": (O, ["WAM"]),
    "The National": (O, []),
    "Army Radio": (O, []),
    "Axios": (O, []),
    # ---------------- Countries
    "Japan": (C, ["Japanese", "Tokyo"]),
    "United States": (C, ["U.S.", "US", "Washington"]),
    "North Korea": (C, ["North Korean", "Pyongyang"]),
    "South Korea": (C, ["South Korean", "Seoul"]),
    "China": (C, ["Chinese", "Beijing"]),
    "Russia": (C, []),
    "Canada": (C, ["Canadian", "Canadians"]),
    "Australia": (C, []),
    "Pakistan": (C, ["Pakistani", "Islamabad"]),
    "Turkey": (C, ["Türkiye", "Turkish", "Ankara"]),
    "Saudi Arabia": (C, ["Saudi", "Kingdom"]),
    "Tajikistan": (C, ["Tajik", "Dushanbe"]),
    "Malaysia": (C, ["Malaysian"]),
    "Qatar": (C, ["Qatari"]),
    "India": (C, ["Indian"]),
    "Afghanistan": (C, []),
    "Ukraine": (C, []),
    "Israel": (C, ["Israeli"]),
    "Iran": (C, []),
    "United Arab Emirates": (C, ["UAE", "Emirati", "Abu Dhabi"]),
    "Bahrain": (C, []),
    "Morocco": (C, []),
    "Jordan": (C, []),
    "Egypt": (C, []),
    # ---------------- Organizations
    "Ministry of Foreign Affairs (Japan)": (G, ["Foreign Ministry"]),
    "Ministry of Defense (Japan)": (G, ["Defense Ministry"]),
    "National Diet": (G, ["Diet"]),
    "United Nations Security Council": (G, ["U.N. Security Council", "Security Council"]),
    "White House": (G, []),
    "State Department": (G, []),
    "Pentagon": (G, []),
    "Cheong Wa Dae": (G, []),
    "Joint Chiefs of Staff (South Korea)": (G, ["JCS"]),
    "National Assembly (Pakistan)": (G, ["National Assembly"]),
    "Pakistan Muslim League-Nawaz": (G, ["PML-N"]),
    "Pakistan Peoples Party": (G, ["PPP"]),
    "Pakistan Tehreek-e-Insaf": (G, ["PTI"]),
    "Jamiat Ulema-e-Islam (F)": (G, ["JUI-F"]),
    "Prime Minister's Office (Pakistan)": (G, ["PM Office"]),
    "Aiwan-e-Sadr": (G, []),
    "Communications Directorate (Turkey)": (G, ["Communications Directorate"]),
    "High-Level Strategic Cooperation Council": (G, []),
    "Prime Minister's Office (Israel)": (G, ["Prime Minister's Office"]),
    "Knesset": (G, []),
}
