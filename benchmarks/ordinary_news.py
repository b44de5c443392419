"""Ordinary news for the mixed benchmark corpus: sport, economy, weather, culture and politics
with no call between leaders.

Invented text of this project, written the way such stories read: people speak to reporters,
unions call for strikes, temperatures reach records, parliaments hold sessions, presidents
of clubs and central banks are quoted, and now and then someone talks on the phone or online.
So some of these articles use the words the call rules start from, as real news does, and the
prefilter has to read them; none of them tells a call between two leaders.
``ordinary_article(rng, published, capitals, countries)`` returns ``(title, body)``.
"""

from __future__ import annotations

import random
from datetime import date

__all__ = ["ordinary_article", "TOPICS"]

_FIRST = ("Maria", "Tomas", "Aisha", "Jonas", "Elena", "Kofi", "Priya", "Lukas", "Amara", "Diego", "Sofia", "Omar",
          "Hannah", "Mateo", "Leila", "Viktor", "Grace", "Rafael", "Yuki", "Nadia", "Samuel", "Ingrid", "Carlos", "Mei")
_LAST = ("Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Castellanos", "Brennan", "Petrovic", "Achebe",
         "Vasquez", "Nordin", "Kowalczyk", "Delacroix", "Osei", "Marchetti", "Halvorsen", "Ibrahim", "Duarte",
         "Sorensen", "Kamau", "Varga", "Rinaldi", "Fischer", "Mensah")
_TEAMS = ("Riverside", "Northport", "Harbour City", "Eastvale", "Kingsbridge", "Stonegate", "Westmoor", "Lakeside",
          "Port Aldon", "Redfield", "Brookhaven", "Ashford")

# Per topic: sentences without any word a call cue starts from, then sentences with one (as
# real news uses them: "called for a strike", "spoke to reporters", "a conference call with
# analysts", "hundreds of calls", "tickets online").
_SPORT = (
    "{team} beat {team2} {s1}-{s2} on {weekday} to move {n2} points clear at the top of the table.",
    "{person} scored twice in the second half as {team} came from behind against {team2}.",
    "The coach, {person}, said the squad had been tired after a long week of travel.",
    "\u201cWe showed character today,\u201d {surname} said after the match. \u201cThe players never stopped running.\u201d",
    "Around {num} supporters travelled to {city} for the game, the largest away crowd of the season.",
    "The club's president, {person}, said a new stadium would be ready by {year2}.",
    "The referee's decision to award a penalty after {n3} minutes was criticised by both managers.",
    "Ticket prices for the final rose by {pct} percent, prompting complaints from supporters' groups.",
    "{person}, who joined from {team2} in the summer, has scored {n2} goals in {n3} appearances.",
    "The defender limped off before half-time and will miss the next {n2} matches, the club said.",
    "{team} have won {n2} of their last {n3} home games and remain unbeaten since {month}.",
    "The goalkeeper made a string of saves to keep the visitors in the game until the final whistle.",
)
_SPORT_CUES = (
    "The federation called up {person} for the qualifiers next month after an injury to the first-choice keeper.",
    "{person} spoke to reporters after training and said the team was focused on the next match.",
    "{team} reached the semi-finals of the cup for the first time in {n2} years.",
    "The league said it was in talks with broadcasters over a new television contract.",
    "{team2} have called for a review of the refereeing after a disputed goal in stoppage time.",
    "Fans were asked to buy tickets online as the ticket office at the ground will stay closed.",
)
_ECONOMY = (
    "Inflation in {country} slowed to {pct} percent in {month}, the statistics office said on {weekday}.",
    "The central bank kept its main interest rate at {pct} percent, in line with analysts' forecasts.",
    "Shares in {company} rose {pct} percent after the company reported higher than expected profits.",
    "The finance ministry said the budget deficit would narrow to {pct} percent of economic output next year.",
    "Exports of {goods} rose {pct} percent in the {period}, driven by demand from neighbouring markets.",
    "\u201cThe recovery is real but fragile,\u201d said {person}, chief economist at a bank in {city}.",
    "{person}, a trader in {city}, said investors were waiting for the central bank's next decision.",
    "The currency weakened against the dollar after the data were released.",
    "Retail sales fell {pct} percent from a year earlier as households cut back on spending.",
    "Business confidence improved for a third month in a row, a survey of {num} firms showed.",
    "The government expects the economy to grow by {pct} percent this year, slightly less than forecast in {month}.",
    "Analysts said higher borrowing costs were weighing on construction and on the housing market.",
)
_ECONOMY_CUES = (
    "The central bank's president, {person}, told a press conference that price pressures were easing.",
    "{company} told analysts on a conference call that demand for its products would stay strong.",
    "Unions called for a {n2}-day strike at ports in {city} to press for higher wages.",
    "Wage talks between employers and unions in the {sector} sector resumed on {weekday} after a week's break.",
    "The government reached an agreement with lenders on the terms of a new loan.",
    "Mobile phone makers reported weaker sales as consumers delayed buying new handsets.",
)
_WEATHER = (
    "Forecasters warned of heavy rain and strong winds across the north of {country} over the weekend.",
    "Schools in {city} will stay closed on {weekday} because of the storm, officials said.",
    "{person}, a meteorologist at the national weather service, said the heat would last until {weekday}.",
    "More than {num} homes were left without power after the storm brought down lines in the region.",
    "Farmers said the drought had cut the harvest of {goods} by as much as {pct} percent.",
    "Firefighters were still battling a wildfire in the hills above {city} on {weekday} evening.",
    "The weather service issued a red warning for {n2} provinces and asked people to avoid travel.",
    "Rainfall in {month} was {pct} percent above the long-term average, according to preliminary figures.",
    "\u201cWe have not seen a {season} like this in decades,\u201d said {person}, who runs a farm near {city}.",
    "Airports in {city} cancelled {n3} flights and ferries between the islands were suspended.",
    "Water levels in the main reservoirs fell to {pct} percent of capacity.",
    "The heat is expected to ease by the middle of next week as cooler air moves in from the sea.",
)
_WEATHER_CUES = (
    "Temperatures reached {t} degrees Celsius in {city} on {weekday}, the highest reading this {season}.",
    "Authorities called on residents near the river to move to higher ground as water levels rose.",
    "Emergency services said they had received hundreds of calls from people trapped by flood water.",
    "Video shared online showed cars being swept away in the streets of the old town.",
)
_CULTURE = (
    "The novel by {person} won the national book prize on {weekday}, beating {n2} other shortlisted titles.",
    "A retrospective of the painter {person} opens at the national gallery in {city} next month.",
    "The orchestra will perform {n2} concerts in {city} this {season}, including a free open-air evening.",
    "Tickets for the tour sold out within {n3} minutes, the organisers said.",
    "The museum said it had received {num} visitors since reopening, more than in any year before.",
    "\u201cI wanted to write about the town where I grew up,\u201d {surname} said in an interview.",
    "The band is known for songs about life in small harbour towns and has released {n2} albums.",
    "A documentary about the restoration of the old theatre will be broadcast in the {season}.",
    "{person}, the festival's director, said the programme reflected a year of change.",
    "The exhibition brings together {num} photographs taken in {city} between {year} and {year2}.",
    "The jury praised the book for its humour and its portrait of a family over three generations.",
    "The theatre will reopen in {month} after two years of building work.",
)
_CULTURE_CUES = (
    "{person} spoke about her new film at a festival in {city}, where it was shown for the first time.",
    "In a conversation with the audience after the screening, the director described the film as personal.",
    "The festival will also stream {n2} performances online for those who cannot travel to {city}.",
    "Critics praised the production, calling it the most ambitious staging of the opera in years.",
)
_POLITICS = (
    "Parliament in {city} approved a new budget on {weekday} after a debate that lasted late into the night.",
    "The President of {country} visited flooded areas in the south on {weekday} and met rescue workers.",
    "The prime minister told parliament that the government would raise spending on hospitals.",
    "{person}, the interior minister, said police would increase patrols ahead of the holiday.",
    "Voters in {city} go to the polls on {weekday} to elect a new mayor, with {n2} candidates on the ballot.",
    "The president signed the law on {weekday}, a spokesperson said, without giving further details.",
    "\u201cThis reform is long overdue,\u201d said {person}, a member of parliament for {city}.",
    "The foreign minister travelled to {city} for a meeting of the regional council.",
    "Protesters gathered outside the ministry in {city} to oppose plans to close rural schools.",
    "The coalition holds {n2} of the {n3} seats in the upper house.",
    "Lawmakers voted by a large majority to extend the mandate of the electoral commission.",
    "A poll published on {weekday} put support for the governing party at {pct} percent.",
)
_POLITICS_CUES = (
    "The opposition called for early elections after the governing coalition lost a vote on pensions.",
    "Talks on forming a new coalition stalled over the question of who would lead the finance ministry.",
    "The election commission said turnout reached {pct} percent, the highest since {year}.",
    "The prime minister spoke in parliament for more than an hour, defending the budget.",
    "Ministers from {n2} countries gathered in {city} for a summit on energy and transport links.",
)
#: The share of ordinary articles that use a word a call cue starts from (one or two sentences).
CUE_WORD_SHARE = 0.4
_GENERIC = (
    "Officials in {city} said more details would be published later in the week.",
    "The figures will be revised when complete data become available in {month}.",
    "Local newspapers in {city} gave the story wide coverage on {weekday}.",
    "It was not immediately clear how many people in {country} would be affected.",
    "The plans still need the approval of the regional authorities in {city}.",
    "A similar proposal was rejected in {year} after objections from {n2} municipalities.",
    "{person} said the decision had been expected for several weeks.",
    "By {weekday} evening the ministry in {city} had given no comment on the figures.",
    "Residents of {city} said prices for {goods} had risen sharply since {month}.",
    "A report published in {year} found that {pct} percent of households in the region owned a car.",
    "The new rules will come into force in {month} {year2}, the agency said.",
    "{person}, a professor at the university in {city}, said the trend was likely to continue.",
    "The authorities in {country} have set aside {num} for repairs to roads and bridges.",
    "Traffic on the main road into {city} was slow on {weekday} morning because of roadworks.",
    "Critics say the measures do too little for young people, who are a large part of the population.",
    "The last comparable event in {city} took place in {year} and drew {num} visitors.",
    "Hospitals in the {season} months usually see more patients, doctors in {city} said.",
    "The statistics office will publish its next estimate in {month}.",
    "Most of the {num} people surveyed said they expected little change over the coming year.",
    "The town council in {city} voted {n2} to {s2} in favour of the plan on {weekday}.",
    "{person} has worked in {city} since {year} and knows the region well.",
    "Environmental groups said the project would harm wetlands along the coast of {country}.",
    "The company employs about {num} people, most of them in and around {city}.",
    "Rents in the centre of {city} have doubled since {year}, according to estate agents.",
)
TOPICS = {"sport": (_SPORT, _SPORT_CUES), "economy": (_ECONOMY, _ECONOMY_CUES), "weather": (_WEATHER, _WEATHER_CUES),
          "culture": (_CULTURE, _CULTURE_CUES), "politics": (_POLITICS, _POLITICS_CUES)}
_TITLES = {
    "sport": ("{team} beat {team2} to stay top", "{team} reach cup semi-finals", "{person} signs for {team}"),
    "economy": ("Inflation in {country} slows in {month}", "Central bank holds rates", "Port strike looms in {city}"),
    "weather": ("Heatwave grips {country}", "Storm closes schools in {city}", "Floods hit the south of {country}"),
    "culture": ("{person} wins national book prize", "Festival opens in {city}", "Gallery to show {person}"),
    "politics": ("Parliament passes budget", "Opposition seeks early vote", "{city} elects a new mayor"),
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WORDS = {
    "company": ("Norland Steel", "Bluewater Foods", "Kestrel Motors", "Alder Systems", "Harlow Textiles"),
    "sector": ("metal", "retail", "chemical", "transport", "public"),
    "goods": ("wheat", "coffee", "olives", "copper", "timber", "rice", "cotton"),
    "period": ("first quarter", "second quarter", "third quarter", "last quarter", "first half"),
    "season": ("summer", "winter", "spring", "autumn"),
}


def _slots(rng: random.Random, published: date, capitals: list[str], countries: list[str]) -> dict[str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    team, team2 = rng.sample(_TEAMS, 2)
    slots = {k: rng.choice(v) for k, v in _WORDS.items()}
    slots.update(
        person=f"{first} {last}", surname=last, team=team, team2=team2, city=rng.choice(capitals),
        country=rng.choice(countries), weekday=rng.choice(_WEEKDAYS), month=rng.choice(_MONTHS),
        s1=str(rng.randint(1, 4)), s2=str(rng.randint(0, 3)), n2=str(rng.randint(2, 9)), n3=str(rng.randint(10, 90)),
        num=f"{rng.randint(2, 95)},{rng.randint(0, 999):03d}", pct=f"{rng.randint(1, 30)}.{rng.randint(0, 9)}",
        t=str(rng.randint(30, 44)), year=str(published.year - rng.randint(2, 20)), year2=str(published.year + rng.randint(1, 4)),
    )
    return slots


def ordinary_article(rng: random.Random, published: date, capitals: list[str], countries: list[str]) -> tuple[str, str]:
    """One article of 500-700 words on one topic: its sentences in paragraphs of two to four,
    each topic sentence at most once, then general ones; with ``CUE_WORD_SHARE`` chance one or
    two sentences use a call cue word (never a call)."""
    topic = rng.choice(sorted(TOPICS))
    plain, cues = TOPICS[topic]
    slots = _slots(rng, published, capitals, countries)
    title = rng.choice(_TITLES[topic]).format(**slots)
    pool = rng.sample(plain, len(plain))
    if rng.random() < CUE_WORD_SHARE:
        for sentence in rng.sample(cues, rng.randint(1, 2)):
            pool.insert(rng.randrange(len(pool) + 1), sentence)
    target = rng.randint(500, 700)
    words = len(title.split())
    paragraphs = []
    while words < target:
        if rng.random() < 0.5:  # another person in this paragraph
            fresh = _slots(rng, published, capitals, countries)
            slots.update(person=fresh["person"], surname=fresh["surname"])
        sentences = []
        for _ in range(rng.randint(2, 4)):
            sentences.append((pool.pop() if pool else rng.choice(_GENERIC)).format(**slots))
            fresh = _slots(rng, published, capitals, countries)
            slots.update({k: v for k, v in fresh.items()
                          if k not in ("person", "surname", "team", "team2") and rng.random() < 0.5})
        para = " ".join(sentences)
        paragraphs.append(para)
        words += len(para.split())
    dateline = f"{slots['city'].upper()}, {_MONTHS[published.month - 1]} {published.day} - "
    return title, title + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n"
