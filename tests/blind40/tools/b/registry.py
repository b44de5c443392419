"""One type per canonical name over part B of blind40, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two or more ways across the articles are forms of one canonical name:
- Joko Widodo (3910, 3911, 3919) / "Jokowi" (3912);
- Muhyiddin Yassin (3911, 3919, Malaysian spelling) / "Muhyiddin Yasin" (3918, Daily Sabah);
- Recep Tayyip Erdoğan (3918) / "Recep Tayyip Erdogan", "Erdogan" (3919, no diacritics);
- Mevlüt Çavuşoğlu (canonical) / "Mevlut Cavusoglu" (3919, the only form that occurs);
- Mahathir Mohamad / "Tun Dr Mahathir Mohamad", "Dr Mahathir", "Dr M" (3910, 3911);
- Najib Razak / "Datuk Seri Najib Tun Razak" (3911), "Datuk Seri Najib" (3910);
- Hassanal Bolkiah / "Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah" (3911);
- Mohammad Ashraf Ghani / "H.E. Dr. Mohammad Ashraf Ghani" (3915);
- Hishammuddin Hussein / "Hisham" (3919's headline);
- Imran Khan / "Imran" (3916's headline).

Typing (the blindset's judgement 2: people who are or were heads of state or government are Leaders):
Leaders: presidents, prime ministers, an emir (Tamim), kings and sultans (Abdullah II, Hassanal Bolkiah, and
Muhammad V as Yang di-Pertuan Agong), the Chinese premier (Li Keqiang), an interim president (Tokayev);
Najib Razak (outgoing on 10 May 2018); Anwar Ibrahim and Muhyiddin Yassin (prime ministers later, in 2022 and
2020, and Muhyiddin in office in 2021: the "is or was" rule).
Persons: ministers (Balakrishnan, Lim Guan Eng, Mohamad Sabu, Qureshi, Wang Yi, Al-Assaf, Payne, Pompeo,
Hishammuddin, Faisal bin Farhan, al-Maliki, Retno, Çavuşoğlu), deputy prime ministers (Wan Azizah, Peters),
a governor-general (Cosgrove, as the priors typed governors-general), an opposition leader (Shorten), an
international official (Al-Othaimeen), a council chairman (Daim), spokespeople and communications officials
(Faisal, Altun, Kalın), bylines (invented).
Bare titles ("the Prime Minister", "the President", "the King of Bhutan", "the Sultan of Brunei") are never
aliases. "Prime Minister's Office" names three organizations (Singapore 3910, Malaysia 3911, India 3915): an
ambiguous alias, harmless because organizations are not scored.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Southeast and East Asia
    "Mahathir Mohamad": (L, ["Prime Minister Tun Dr Mahathir Mohamad", "Tun Dr Mahathir Mohamad", "Tun Dr Mahathir",
                             "Dr Mahathir", "Dr M", "MAHATHIR MOHAMAD", "Mahathir"]),
    "Lee Hsien Loong": (L, ["Prime Minister Lee Hsien Loong", "LEE HSIEN LOONG", "PM Lee", "Mr Lee", "Lee"]),
    "Najib Razak": (L, ["Datuk Seri Najib Tun Razak", "Najib Tun Razak", "Datuk Seri Najib Razak", "Datuk Seri Najib",
                        "Najib"]),
    "Muhammad V": (L, ["Sultan Muhammad V"]),
    "Joko Widodo": (L, ["Indonesian President Joko Widodo", "President Joko Widodo", "Jokowi", "Widodo"]),
    "Hassanal Bolkiah": (L, ["Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah", "Sultan Haji Hassanal Bolkiah",
                             "Hassanal Bolkiah Mu'izzaddin Waddaulah", "Sultan Hassanal Bolkiah"]),
    "Shinzo Abe": (L, ["Japanese Prime Minister Shinzo Abe", "H.E. Mr. Shinzo Abe", "Prime Minister Abe", "Abe"]),
    "Li Keqiang": (L, ["Premier Li Keqiang", "Li"]),
    "Anwar Ibrahim": (L, ["Anwar"]),
    "Muhyiddin Yassin": (L, ["Prime Minister Tan Sri Muhyiddin Yassin", "Tan Sri Muhyiddin Yassin",
                             "Malaysian Prime Minister Muhyiddin Yasin", "Muhyiddin Yasin", "Muhyiddin"]),
    # ---------------- Leaders: Oceania and North America
    "Malcolm Turnbull": (L, ["Turnbull"]),
    "Scott Morrison": (L, ["Australian Prime Minister Scott Morrison", "H.E. Mr. Scott Morrison", "Prime Minister Morrison",
                           "Mr Morrison", "Morrison"]),
    "Jacinda Ardern": (L, ["New Zealand Prime Minister Jacinda Ardern", "Ms Ardern", "Ardern"]),
    "Donald Trump": (L, ["US President Donald Trump", "President Trump", "Trump"]),
    "Joe Biden": (L, ["U.S. President Joe Biden", "Biden"]),
    # ---------------- Leaders: South and Central Asia, Russia
    "Narendra Modi": (L, ["Prime Minister Shri Narendra Modi", "Prime Minister Narendra Modi",
                          "Indian Prime Minister Narendra Modi", "PM Modi", "Mr Modi", "Modi"]),
    "Mohammad Ashraf Ghani": (L, ["H.E. Dr. Mohammad Ashraf Ghani", "President Ghani", "Ashraf Ghani", "Ghani"]),
    "Kassym-Jomart Tokayev": (L, ["H.E. Mr. Kassym-Jomart Tokayev", "President Tokayev", "Tokayev"]),
    "Lotay Tshering": (L, ["H.E. Dr. Lotay Tshering", "Dr. Lotay Tshering", "Tshering"]),
    "Imran Khan": (L, ["Prime Minister Imran Khan", "Pakistan Prime Minister Imran Khan", "Mr Khan", "Imran"]),
    "Vladimir Putin": (L, ["Russian President Vladimir Putin", "Putin"]),
    # ---------------- Leaders: Middle East
    "Recep Tayyip Erdoğan": (L, ["President Recep Tayyip Erdoğan", "Turkish President Recep Tayyip Erdogan",
                                 "Recep Tayyip Erdogan", "Erdoğan", "Erdogan"]),
    "Tamim bin Hamad Al Thani": (L, ["Emir Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani",
                                     "Sheikh Tamim", "Tamim"]),
    "Abdullah II": (L, ["King Abdullah II"]),
    "Mahmoud Abbas": (L, ["Palestinian President Mahmoud Abbas", "Abbas"]),
    # ---------------- Persons: ministers and officials
    "Vivian Balakrishnan": (P, ["Foreign Minister Vivian Balakrishnan"]),
    "Lim Guan Eng": (P, []),
    "Mohamad Sabu": (P, []),
    "Wan Azizah Wan Ismail": (P, ["Deputy Prime Minister Wan Azizah Wan Ismail", "Wan Azizah"]),
    "Daim Zainuddin": (P, []),
    "Peter Cosgrove": (P, ["Sir Peter Cosgrove", "Cosgrove"]),
    "Bill Shorten": (P, ["Mr Shorten", "Shorten"]),
    "Winston Peters": (P, ["Peters"]),
    "Marise Payne": (P, []),
    "Mike Pompeo": (P, ["Secretary Pompeo", "Pompeo"]),
    "Mohammad Faisal": (P, ["Dr Mohammad Faisal", "Dr Faisal"]),
    "Shah Mehmood Qureshi": (P, ["Foreign Minister Shah Mehmood Qureshi", "Mr Qureshi", "Qureshi"]),
    "Wang Yi": (P, []),
    "Ibrahim Al-Assaf": (P, []),
    "Fahrettin Altun": (P, ["Communications Director Fahrettin Altun"]),
    "İbrahim Kalın": (P, ["Ibrahim Kalin"]),
    "Hishammuddin Hussein": (P, ["Datuk Seri Hishammuddin Hussein", "Hishammuddin", "Hisham"]),
    "Faisal bin Farhan Al Saud": (P, ["Prince Faisal bin Farhan Al Saud", "Faisal bin Farhan"]),
    "Yousef Al-Othaimeen": (P, ["Dr Yousef Al-Othaimeen"]),
    "Riyad al-Maliki": (P, ["Palestinian Foreign Minister Riyad al-Maliki"]),
    "Retno Marsudi": (P, ["Indonesian Foreign Minister Retno Marsudi"]),
    "Mevlüt Çavuşoğlu": (P, ["Turkish Foreign Minister Mevlut Cavusoglu", "Mevlut Cavusoglu"]),
    # ---------------- Persons: bylines (invented)
    "Ong Su-Lin": (P, []),
    "Nadia Rahim Lockhart": (P, []),
    "Tessa Malone": (P, []),
    "James Oduya": (P, []),
    "Katelyn Ruiz": (P, []),
    "Sidra Haroon": (P, []),
    "Hemi Carrow-Smith": (P, []),
    "Kavitha Selvarajan": (P, ["KAVITHA SELVARAJAN"]),
    # ---------------- Outlets
    "The Straits Times": (O, ["THE STRAITS TIMES"]),
    "Facebook": (O, []),
    "Twitter": (O, []),
    "Bernama": (O, []),
    "Malay Mail": (O, []),
    "South China Morning Post": (O, []),
    "This Week in Asia": (O, []),
    "Nikkei Asian Review": (O, []),
    "Malaysiakini": (O, []),
    "Sin Chew Daily": (O, []),
    "ABC News": (O, ["ABC NEWS"]),
    "RNZ": (O, []),
    "Washington Examiner": (O, []),
    "Axios": (O, []),
    "Australian Associated Press": (O, ["AAP"]),
    "The Economic Times": (O, ["ET Bureau"]),
    "Dawn": (O, []),
    "The New Zealand Herald": (O, ["Herald"]),
    "Daily Sabah": (O, ["DAILY SABAH"]),
    "TRT Haber": (O, []),
    "Anadolu Agency": (O, ["Anadolu"]),
    "The Star": (O, []),
    # ---------------- Countries
    "Singapore": (C, []),
    "Malaysia": (C, ["Malaysian"]),
    "Indonesia": (C, ["Indonesian"]),
    "Australia": (C, ["Australian"]),
    "Brunei": (C, []),
    "Japan": (C, ["Japanese", "Tokyo"]),
    "China": (C, ["Chinese", "Beijing"]),
    "New Zealand": (C, ["New Zealanders", "Wellington"]),
    "United States": (C, ["US", "U.S.", "Washington"]),
    "India": (C, ["Indian", "New Delhi"]),
    "Afghanistan": (C, ["Islamic Republic of Afghanistan", "Afghan"]),
    "Kazakhstan": (C, ["Republic of Kazakhstan"]),
    "Bhutan": (C, []),
    "Pakistan": (C, []),
    "Russia": (C, ["Russian"]),
    "Saudi Arabia": (C, ["Saudi"]),
    "Qatar": (C, []),
    "Jordan": (C, []),
    "Turkey": (C, ["Turkish", "Ankara"]),
    "Palestine": (C, ["Palestinian"]),
    "Israel": (C, ["Israeli"]),
    # ---------------- Organizations
    "Prime Minister's Office (Singapore)": (G, ["Prime Minister's Office", "PMO"]),
    "Prime Minister's Office (Malaysia)": (G, ["Prime Minister's Office"]),
    "Prime Minister's Office (India)": (G, ["Prime Minister's Office"]),
    "Pakatan Harapan": (G, []),
    "Barisan Nasional": (G, []),
    "Singapore Press Holdings": (G, []),
    "Perdana Leadership Foundation": (G, []),
    "Parti Pribumi Bersatu Malaysia": (G, []),
    "Council of Eminent Persons": (G, []),
    "Australian Electoral Commission": (G, []),
    "White House": (G, []),
    "Labor Party": (G, []),
    "Bharatiya Janata Party": (G, []),
    "National Democratic Alliance": (G, ["NDA"]),
    "Foreign Office (Pakistan)": (G, ["Foreign Office"]),
    "Shanghai Cooperation Organisation": (G, []),
    "Organisation of Islamic Cooperation": (G, ["OIC"]),
    "NZME Publishing Limited": (G, []),
    "Communications Directorate": (G, []),
    "Wisma Putra": (G, []),
    "UN General Assembly": (G, ["U.N. General Assembly"]),
}
