"""One type per canonical name over part B of blind39, with the surface forms that may occur in the
articles. build_gold.py keeps, for each article, only the forms that occur verbatim (whole words).

Names written two or more ways across the articles are forms of one canonical name:
- Juha Sipilä: "Juha Sipila" (3810, Catalan News) / "Juha Sipilä" (3812, 3813);
- Lars Løkke Rasmussen (3812) / "Lars Lokke Rasmussen" (3813): the scorer's normaliser does not fold
  "ø" to "o", so both forms are listed;
- Mariano Rajoy / "Mariano Rajoy Brey" (3811, the Portuguese note);
- Martín Vizcarra (3814, 3815) / "Martin Vizcarra" (3816, Reuters without accents);
- Pedro Pablo Kuczynski / "PPK" (3814);
- Nicolás Maduro (canonical) / "Nicolas Maduro" (3816, the only form that occurs);
- César Villanueva and Néstor Popolizio (canonical) / "Cesar Villanueva", "Nestor Popolizio" (3816);
- La República (canonical) / "La Republica" (3816);
- John Magufuli / "Dr John Pombe Joseph Magufuli" (3817), "Dr Magufuli" (3818, 3819);
- Uhuru Kenyatta / "Uhuru" (3818, Kenyan usage);
- Yoweri Museveni / "Yoweri Kaguta Museveni" (3817);
- Tanzania Broadcasting Corporation (canonical) / "TBC1" (3817, the only form that occurs);
- Daily Nation (canonical) / "NATION" (3818, the masthead).

Typing (the blindset's judgement 2: people who are or were heads of state or government are Leaders):
Leaders: presidents, prime ministers and a king (Felipe VI); the former prime ministers Pedro Passos
Coelho (opposition leader in 2017) and Ollanta Humala, and Pedro Pablo Kuczynski after his resignation;
Samia Suluhu Hassan (Vice-President in 2018, President since 2021) and William Ruto (Deputy President
in 2018, President since 2022).
Persons: ministers (Dastis, Santos Silva, Soini, Bourita, Wallström, Aljovín, Popolizio, Faurie,
Ampuero, Freeland, Mahiga, Juma, Kutesa), Peru's President of the Council of Ministers (Villanueva: not
the head of government in Peru's presidential system), a regional president (Puigdemont), a mayor
(Colau), an opposition leader (Keiko Fujimori), a communications director (Msigwa), bylines and a
translator (invented).
Bare titles ("the Prime Minister", "the President", "the King") are never aliases. Bare "May" (a
month) is never a form of Theresa May; bare "Morales" is not a form of Evo Morales (Jimmy Morales of
Guatemala occurs in earlier sets). "State House" names two organizations (Dar es Salaam in 3817,
Nairobi in 3818): an ambiguous alias, harmless because organizations are not scored.
"""

L, P, O, C, G = "Leader", "Person", "Outlet", "Country", "Organization"

REG = {
    # ---------------- Leaders: Europe
    "Mariano Rajoy": (L, ["Spanish prime minister Mariano Rajoy", "Prime Minister Mariano Rajoy", "Mariano Rajoy Brey",
                          "Prime Minister Rajoy", "Mr Rajoy", "Rajoy"]),
    "Juha Sipilä": (L, ["Prime Minister Juha Sipilä", "Juha Sipila", "Sipilä", "Sipila"]),
    "António Costa": (L, ["Antonio Costa", "Costa"]),
    "Felipe VI": (L, ["His Majesty King Felipe VI", "King Felipe VI"]),
    "Theresa May": (L, []),
    "Emmanuel Macron": (L, ["French President Emmanuel Macron", "Macron"]),
    "Marcelo Rebelo de Sousa": (L, ["Marcelo"]),
    "Pedro Passos Coelho": (L, ["Passos Coelho"]),
    "Stefan Löfven": (L, ["Stefan Lofven", "Löfven", "Lofven"]),
    "Erna Solberg": (L, ["Solberg"]),
    "Lars Løkke Rasmussen": (L, ["Lars Lokke Rasmussen", "Løkke Rasmussen", "Lokke Rasmussen"]),
    "Bjarni Benediktsson": (L, []),
    "Jüri Ratas": (L, ["Estonian Prime Minister Jüri Ratas", "Juri Ratas", "Ratas"]),
    "Sauli Niinistö": (L, ["President Sauli Niinistö", "Sauli Niinisto", "Niinistö"]),
    # ---------------- Leaders: the Americas
    "Martín Vizcarra": (L, ["President Martin Vizcarra", "Martin Vizcarra", "President Martín Vizcarra", "Vizcarra"]),
    "Mauricio Macri": (L, ["Argentine President Mauricio Macri", "Macri"]),
    "Sebastián Piñera": (L, ["Sebastian Pinera", "Piñera"]),
    "Evo Morales": (L, []),
    "Pedro Pablo Kuczynski": (L, ["PPK", "Kuczynski"]),
    "Justin Trudeau": (L, ["Canadian Prime Minister Justin Trudeau", "Trudeau"]),
    "Nicolás Maduro": (L, ["President Nicolas Maduro", "Nicolas Maduro", "Maduro"]),
    "Ollanta Humala": (L, ["President Ollanta Humala", "Humala"]),
    "Donald Trump": (L, ["U.S. President Donald Trump", "Trump"]),
    # ---------------- Leaders: Africa
    "John Magufuli": (L, ["President John Magufuli", "Dr John Pombe Joseph Magufuli", "John Pombe Joseph Magufuli",
                          "Dr John Magufuli", "President Magufuli", "Dr Magufuli", "Magufuli"]),
    "Uhuru Kenyatta": (L, ["President Uhuru Kenyatta", "His Excellency Uhuru Kenyatta", "Mr Kenyatta", "Kenyatta", "Uhuru"]),
    "Yoweri Museveni": (L, ["His Excellency Yoweri Kaguta Museveni", "Yoweri Kaguta Museveni", "Mr Museveni", "Museveni"]),
    "Pierre Nkurunziza": (L, ["His Excellency Pierre Nkurunziza"]),
    "Cyril Ramaphosa": (L, ["His Excellency Cyril Ramaphosa"]),
    "William Ruto": (L, ["Deputy President William Ruto", "Ruto"]),
    "Samia Suluhu Hassan": (L, ["Vice-President Samia Suluhu Hassan"]),
    "Paul Kagame": (L, ["Kagame"]),
    # ---------------- Persons: ministers and officials
    "Carles Puigdemont": (P, ["Puigdemont"]),
    "Ada Colau": (P, []),
    "Augusto Santos Silva": (P, ["Foreign Minister Augusto Santos Silva", "Santos Silva"]),
    "Alfonso Dastis": (P, ["Foreign Minister Alfonso Dastis", "Dastis"]),
    "Timo Soini": (P, ["Foreign Minister Timo Soini", "Soini"]),
    "Nasser Bourita": (P, ["Mr Bourita", "Bourita"]),
    "Margot Wallström": (P, ["Margot Wallstrom"]),
    "Keiko Fujimori": (P, []),
    "Cayetana Aljovín": (P, ["Cayetana Aljovin"]),
    "César Villanueva": (P, ["Cesar Villanueva", "Villanueva"]),
    "Néstor Popolizio": (P, ["Nestor Popolizio", "Popolizio"]),
    "Jorge Faurie": (P, []),
    "Roberto Ampuero": (P, []),
    "Chrystia Freeland": (P, []),
    "Augustine Mahiga": (P, ["Dr Augustine Mahiga", "Mahiga"]),
    "Monica Juma": (P, ["Amb. Dr Monica Juma", "Dr Monica Juma", "Foreign Affairs Cabinet Secretary Monica Juma"]),
    "Sam Kutesa": (P, []),
    "Gerson Msigwa": (P, []),
    # ---------------- Persons: bylines and credits (invented)
    "Rhiannon Cole": (P, []),
    "Lucía Paredes Ríos": (P, []),
    "Sofía Garrido": (P, []),
    "Tomás Herrera Llosa": (P, []),
    "Grant Molloy": (P, []),
    "Abdallah Kimaro": (P, ["ABDALLAH KIMARO"]),
    # ---------------- Outlets
    "Catalan News": (O, ["Catalan News Agency"]),
    "Lusa": (O, []),
    "BFMTV": (O, []),
    "Portugal Resident": (O, []),
    "Helsinki Times": (O, ["HELSINKI TIMES"]),
    "Twitter": (O, []),
    "STT": (O, ["Finnish News Agency STT"]),
    "Yle": (O, ["Yle News"]),
    "MercoPress": (O, []),
    "La Tercera": (O, []),
    "Radio Cooperativa": (O, []),
    "El País": (O, ["EL PAÍS in English", "EL PAÍS"]),
    "Cadena SER": (O, []),
    "EFE": (O, []),
    "Reuters": (O, []),
    "VTV": (O, []),
    "La República": (O, ["La Republica"]),
    "The Citizen": (O, []),
    "Tanzania Broadcasting Corporation": (O, ["TBC1", "TBC"]),
    "Daily Nation": (O, ["NATION"]),
    "Kenya News Agency": (O, ["KNA"]),
    "The EastAfrican": (O, ["THE EASTAFRICAN"]),
    "Daily News": (O, []),
    # ---------------- Countries
    "Spain": (C, ["Spanish"]),
    "Finland": (C, ["Finnish"]),
    "Portugal": (C, ["Portuguese"]),
    "France": (C, ["French"]),
    "United Kingdom": (C, ["Britain", "British"]),
    "Sweden": (C, []),
    "Norway": (C, []),
    "Denmark": (C, []),
    "Iceland": (C, []),
    "Estonia": (C, ["Estonian"]),
    "Morocco": (C, ["Moroccan"]),
    "Peru": (C, ["Peruvian"]),
    "Argentina": (C, ["Argentine"]),
    "Chile": (C, []),
    "Bolivia": (C, []),
    "Canada": (C, ["Canadian"]),
    "Venezuela": (C, []),
    "United States": (C, ["U.S."]),
    "Tanzania": (C, ["United Republic of Tanzania", "Tanzanian"]),
    "Kenya": (C, ["Republic of Kenya"]),
    "Uganda": (C, ["Republic of Uganda", "Ugandan"]),
    "Burundi": (C, ["Republic of Burundi"]),
    "South Africa": (C, ["Republic of South Africa"]),
    "Rwanda": (C, []),
    # ---------------- Organizations
    "La Moncloa": (G, ["Moncloa Palace", "Moncloa"]),
    "Mossos d'Esquadra": (G, ["Mossos"]),
    "Downing Street": (G, []),
    "Élysée": (G, []),
    "Presidency of the Republic": (G, []),
    "Office of the Prime Minister": (G, []),
    "Consular Emergency Office": (G, []),
    "Prime Minister's Office": (G, []),
    "Council of the European Union": (G, []),
    "European Council": (G, []),
    "Casa Rosada": (G, []),
    "Lima Group": (G, []),
    "White House": (G, []),
    "State House (Tanzania)": (G, ["State House"]),
    "State House (Kenya)": (G, ["State House"]),
    "Directorate of Presidential Communications": (G, []),
    "Tanzania People's Defence Forces": (G, []),
    "Kenya Navy": (G, []),
    "Kenya Maritime Authority": (G, []),
    "African Union": (G, []),
    "Tanzania Electrical, Mechanical and Services Agency": (G, []),
}
