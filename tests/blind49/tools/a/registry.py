"""One type per canonical name over part A of blind49, with the surface forms that may occur in the articles.
build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Canonical names follow the first blind set's gold where it has the person (Shehbaz Sharif, Mohamed bin Zayed Al Nahyan,
Tamim bin Hamad Al Thani, Muhammad Yunus, Marco Rubio, Bola Tinubu, Emmanuel Macron, Mohammed bin Salman, Hamad bin Isa
Al Khalifa, Nicolás Maduro, Andrés Manuel López Obrador, Jair Bolsonaro, Twitter, X, Reuters).

Names written two ways: Shehbaz Sharif (4800, 4802, 4803) / Muhammad Shahbaz Sharif (4801, WAM); Sheikh Mohammed bin
Zayed Al Nahyan (4800, 4802) / Sheikh Mohamed bin Zayed Al Nahyan (4801) / Mohamed bin Zayed (4801, 4805, 4806);
Sarfraz Bugti (4800, 4803) / Mir Sarfaraz Bugti (4802); Mohsin Naqvi (4800) / Mohsin Raza Naqvi (4802); Mahamat Deby
(4804, no accent) / Mahamat Idriss Déby Itno (4805) / Mahamat Idriss Déby (4806); Alberto Fernández (4807, 4809) /
Alberto Fernandez (4808); Jeanine Áñez (4807, 4809) / Jeanine Anez (4808); Felipe Solá (4807) / Felipe Sola (4808);
Página Siete written Pagina Siete (4808); Luis Arce also "Lucho" (4809), Alberto Fernández also "Alberto" (4809).
Typing (blindset judgement 2): heads of state or government, past, interim, transitional, elected or future, are
Leaders: Arce (president-elect), Áñez (interim president), Morales and Mesa (former presidents), Déby (transitional
president, then president-elect), Masra (prime minister until 22 May 2024), Halina (prime minister from 23 May 2024),
Pahimi Padacké (prime minister 2021-2022), Idriss Déby Itno (president 1990-2021), Tiani (head of Niger's military
government), Yunus (Chief Adviser), Mohammed bin Salman (crown prince and prime minister), the emir and the king.
Persons: ministers and deputy prime ministers who are ministers (Dar, Naqvi, Abdullah bin Zayed, Faisal bin Farhan,
Rubio, Haqqani, Tuggar, Solá, Longaric), a provincial chief minister (Bugti), the military spokesman (Chaudhry), the
spokesmen (Ngelale, Mujahid) and the bylines.
"""
L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"
REG = {
    # --- leaders: Pakistan cluster
    "Shehbaz Sharif": (L, ["Prime Minister Shehbaz Sharif", "PM Shehbaz", "Shehbaz", "Muhammad Shahbaz Sharif",
                           "Shahbaz Sharif", "Prime Minister Muhammad Shehbaz Sharif", "Muhammad Shehbaz Sharif"]),
    "Mohamed bin Zayed Al Nahyan": (L, ["UAE President Sheikh Mohammed bin Zayed Al Nahyan",
                                        "Sheikh Mohammed bin Zayed Al Nahyan", "Mohammed bin Zayed Al Nahyan",
                                        "Sheikh Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed",
                                        "United Arab Emirates President Mohamed bin Zayed"]),
    "Tamim bin Hamad Al Thani": (L, ["Sheikh Tamim bin Hamad Al Thani"]),
    "Muhammad Yunus": (L, ["Professor Muhammad Yunus"]),
    "Mohammed bin Salman": (L, []),
    "Hamad bin Isa Al Khalifa": (L, ["King Hamad bin Isa Al Khalifa"]),
    "Asif Ali Zardari": (L, ["President Asif Ali Zardari"]),
    # --- leaders: Chad cluster
    "Mahamat Idriss Déby Itno": (L, ["Mahamat Idriss Déby", "Mahamat Deby", "President-elect Mahamat Deby", "Déby", "Deby"]),
    "Idriss Déby Itno": (L, []),
    "Bola Tinubu": (L, ["President Bola Tinubu", "Tinubu"]),
    "Succès Masra": (L, ["Prime Minister Succès Masra", "Masra"]),
    "Denis Sassou Nguesso": (L, []),
    "Abdourahamane Tiani": (L, ["General Abdourahamane Tiani"]),
    "Emmanuel Macron": (L, ["President Emmanuel Macron", "Macron"]),
    "Albert Pahimi Padacké": (L, []),
    "Allamaye Halina": (L, []),
    # --- leaders: Bolivia cluster
    "Luis Arce": (L, ["Arce", "Lucho"]),
    "Alberto Fernández": (L, ["President Alberto Fernández", "Fernández", "Argentine President Alberto Fernandez",
                              "Alberto Fernandez", "Alberto"]),
    "Evo Morales": (L, ["Morales"]),
    "Jeanine Áñez": (L, ["Interim President Jeanine Áñez", "Áñez", "Jeanine Anez", "Anez"]),
    "Carlos Mesa": (L, []),
    "Jair Bolsonaro": (L, ["President Jair Bolsonaro", "President Bolsonaro", "Bolsonaro"]),
    "Nicolás Maduro": (L, []),
    "Andrés Manuel López Obrador": (L, []),
    # --- persons
    "Sarfraz Bugti": (P, ["Chief Minister Sarfraz Bugti", "Mir Sarfraz Bugti", "Mir Sarfaraz Bugti",
                          "Balochistan Chief Minister Mir Sarfaraz Bugti", "Sarfaraz Bugti"]),
    "Mohsin Naqvi": (P, ["Interior Minister Mohsin Naqvi", "Mohsin Raza Naqvi",
                         "Federal Minister for Interior Mohsin Raza Naqvi", "Naqvi"]),
    "Sirajuddin Haqqani": (P, []),
    "Ahmed Sharif Chaudhry": (P, ["Lt Gen Ahmed Sharif Chaudhry"]),
    "Abdullah bin Zayed Al Nahyan": (P, ["Sheikh Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah"]),
    "Ishaq Dar": (P, ["Senator Mohammad Ishaq Dar", "Mohammad Ishaq Dar", "Deputy Prime Minister Ishaq Dar", "Dar"]),
    "Marco Rubio": (P, ["United States Secretary of State Marco Rubio", "Secretary of State Marco Rubio", "Rubio"]),
    "Faisal bin Farhan Al Saud": (P, ["Saudi Foreign Minister Prince Faisal bin Farhan Al Saud",
                                      "Prince Faisal bin Farhan Al Saud", "Saudi Foreign Minister Faisal bin Farhan",
                                      "Faisal bin Farhan"]),
    "Zabihullah Mujahid": (P, []),
    "Nadir Shahzeb Awan": (P, []),
    "Ajuri Ngelale": (P, []),
    "Yusuf Tuggar": (P, []),
    "Khadidja Ousmane Nodjilem": (P, []),
    "Felipe Solá": (P, ["Foreign Minister Felipe Solá", "Solá", "Felipe Sola", "Sola"]),
    "Karen Longaric": (P, ["Foreign Minister Karen Longaric", "Longaric"]),
    "Mariela Quispe Antezana": (P, []), "Tomás Ferreyra": (P, []), "Harriet Lomasney": (P, []),
    # --- outlets and platforms
    "Geo News": (O, []),
    "Emirates News Agency": (O, ["WAM"]),
    "Gulf News": (O, []),
    "Associated Press of Pakistan": (O, ["APP"]),
    "X": (O, []),
    "Channels Television": (O, ["Channels TV"]),
    "ONRTV": (O, []),
    "News Agency of Nigeria": (O, []),
    "Tchadinfos": (O, []),
    "RFI": (O, []),
    "Jeune Afrique": (O, []),
    "Radio FM Liberté": (O, []),
    "African Arguments": (O, []),
    "Télam": (O, []),
    "Twitter": (O, []),
    "Página/12": (O, []),
    "Kawsachun Coca": (O, []),
    "Agencia Boliviana de Información": (O, ["ABI"]),
    "Reuters": (O, []),
    "Página Siete": (O, ["Pagina Siete"]),
    "teleSUR": (O, []),
    # --- countries
    "Pakistan": (C, ["Islamic Republic of Pakistan", "Pakistani"]), "Afghanistan": (C, ["Afghan"]),
    "United Arab Emirates": (C, ["UAE", "Emirati"]), "Qatar": (C, ["Qatari"]), "Bangladesh": (C, []),
    "United States": (C, ["U.S."]), "Bahrain": (C, []), "China": (C, []),
    "Chad": (C, ["Chadian"]), "Nigeria": (C, ["Nigerian"]), "Niger": (C, []), "Republic of the Congo": (C, ["Congo-Brazzaville"]),
    "France": (C, ["French"]),
    "Bolivia": (C, ["Bolivian"]), "Argentina": (C, ["Argentine"]), "Brazil": (C, []), "Mexico": (C, []),
    # --- organizations
    "Prime Minister's Office": (G, ["PM Office", "PM Office Media Wing"]), "Baloch Liberation Army": (G, []),
    "Pakistan Railways": (G, []), "Inter-Services Public Relations": (G, ["ISPR"]),
    "UAE Ministry of Foreign Affairs": (G, []), "Foreign Office": (G, []), "Combined Military Hospital": (G, []),
    "Taliban": (G, []),
    "Economic Community of West African States": (G, ["ECOWAS"]), "Boko Haram": (G, []),
    "Multinational Joint Task Force": (G, []), "Constitutional Council": (G, []),
    "National Elections Management Agency": (G, ["ANGE"]), "Les Transformateurs": (G, []), "Elysée": (G, []),
    "Patriotic Salvation Movement": (G, ["MPS"]),
    "Movement for Socialism": (G, ["MAS"]), "Supreme Electoral Tribunal": (G, ["TSE"]), "Ciesmori": (G, []),
    "Foreign Ministry": (G, []),
}
