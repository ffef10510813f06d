"""Short news reports written for these tests (original wording, well-documented real events):
two reports and a lightly edited copy of the February 2023 Turkey-Syria earthquake, two reports
of the April 2015 Nepal earthquake (the same magnitude: a similar but different happening), and
a report of an unrelated summit; four reports each of two acquisitions by one company (``DEALS``);
two reports each of two arrests of different people in one country (``ARRESTS``); and reports of
one yearly conference's meetings a year apart (``MUNICH``)."""

from __future__ import annotations

TURKEY_A = (
    "A magnitude 7.8 earthquake struck southern Turkey near the city of Gaziantep before dawn "
    "on Monday, February 6, 2023, flattening thousands of buildings. Turkish officials said "
    "more than 1,500 people were killed in Turkey, and Syrian authorities reported hundreds of "
    "deaths in the north of Syria. Rescue teams searched the rubble in Kahramanmaras and "
    "Hatay as aftershocks shook the region. President Recep Tayyip Erdogan declared seven "
    "days of national mourning."
)
TURKEY_A_COPY = TURKEY_A.replace("flattening thousands of", "bringing down thousands of")
TURKEY_B = (
    "Rescuers in Turkey and Syria dug through collapsed apartment blocks on Monday after a "
    "7.8-magnitude quake centred near Gaziantep killed more than 1,500 people in Turkey. "
    "Erdogan said 45 countries had offered help. In Hatay and Kahramanmaras, families waited "
    "in the cold outside ruined buildings, and a second strong quake hit the same region in "
    "the afternoon of February 6, 2023, officials said."
)
NEPAL_A = (
    "A magnitude 7.8 earthquake struck Nepal on Saturday, April 25, 2015, killing more than "
    "1,800 people, officials in Kathmandu said. The quake, centred in Gorkha district between "
    "Kathmandu and Pokhara, toppled the historic Dharahara tower and set off avalanches on "
    "Mount Everest. Prime Minister Sushil Koirala appealed for international help."
)
NEPAL_B = (
    "Rescue workers in Kathmandu pulled survivors from collapsed temples and homes on Sunday, "
    "a day after a 7.8-magnitude quake in Gorkha district killed more than 1,800 people in "
    "Nepal. Avalanches triggered by the earthquake swept through the base camp of Mount "
    "Everest. Sushil Koirala said Nepal needed tents and medicine, officials said on April 26, "
    "2015."
)
SUMMIT = (
    "Leaders of the Group of Seven met in Hiroshima on Friday, May 19, 2023, and agreed to "
    "tighten sanctions on Russia over its war in Ukraine. Japanese Prime Minister Fumio "
    "Kishida welcomed the leaders at the peace memorial park. Ukrainian President Volodymyr "
    "Zelensky arrived in Hiroshima on Saturday to meet them."
)

REPORTS = {
    "turkey_a": TURKEY_A,
    "turkey_b": TURKEY_B,
    "turkey_a_copy": TURKEY_A_COPY,
    "nepal_a": NEPAL_A,
    "nepal_b": NEPAL_B,
    "summit": SUMMIT,
}
"""The reports by name (names are for the tests only; the clusterer never sees them)."""

SAME_STORY = (
    {"turkey_a", "turkey_b", "turkey_a_copy"},
    {"nepal_a", "nepal_b"},
    {"summit"},
)

# Two acquisitions by one company, written alike on purpose (buyer, wording, weekday, regulators):
# Microsoft buying LinkedIn (June 2016) and Microsoft buying GitHub (June 2018).
DEALS = {
    "linkedin_1": (
        "Microsoft agreed on Monday to buy LinkedIn, the professional networking site, for $26.2 "
        "billion in cash. The deal is the largest in Microsoft's history. LinkedIn's chief "
        "executive will keep running the company."
    ),
    "linkedin_2": (
        "LinkedIn will become part of Microsoft in a $26.2 billion deal announced on Monday. "
        "Microsoft will pay $196 a share for the networking service. Satya Nadella said the two "
        "companies would grow together."
    ),
    "linkedin_3": (
        "Microsoft is buying LinkedIn for $196 a share in cash, the companies said. The "
        "acquisition gives Microsoft a network of more than 400 million professionals. Shares "
        "jumped after the announcement."
    ),
    "linkedin_4": (
        "Shares of LinkedIn soared on Monday after Microsoft said it would acquire the networking "
        "site. The purchase, valued at $26.2 billion, must still be approved by regulators. "
        "Microsoft said the site would keep its brand."
    ),
    "github_1": (
        "Microsoft agreed on Monday to buy GitHub, the code-sharing site, for $7.5 billion in "
        "stock. The deal is one of the largest in Microsoft's history. GitHub will get a new "
        "chief executive from Microsoft."
    ),
    "github_2": (
        "GitHub will become part of Microsoft in a $7.5 billion deal announced on Monday. "
        "Microsoft will pay in shares for the code hosting service. Satya Nadella said "
        "Microsoft was all in on open source."
    ),
    "github_3": (
        "Microsoft is buying GitHub for $7.5 billion in stock, the companies said. The "
        "acquisition gives Microsoft a service used by 28 million developers. Some developers "
        "said they would move their code elsewhere."
    ),
    "github_4": (
        "Developers reacted on Monday after Microsoft said it would acquire GitHub. The "
        "purchase, valued at $7.5 billion, must still be approved by regulators. Microsoft said "
        "the service would keep operating independently."
    ),
}
"""Four reports of each deal, by name."""

# Two arrests of different people in one country (Lula da Silva, April 2018; Michel Temer,
# March 2019), and one yearly conference's 2019 and 2020 meetings.
ARRESTS = {
    "lula_1": (
        "Former Brazilian president Luiz Inacio Lula da Silva handed himself over to federal "
        "police on Saturday in Sao Bernardo do Campo, a day after the deadline set by judge "
        "Sergio Moro passed. Lula was flown to Curitiba to begin serving a 12-year sentence for "
        "corruption and money laundering. Thousands of supporters had surrounded the metalworkers' "
        "union building where he spent two nights."
    ),
    "lula_2": (
        "Lula da Silva, Brazil's former president, is in a federal police cell in Curitiba after "
        "surrendering on Saturday. Judge Sergio Moro had ordered Lula to start his 12-year prison "
        "term over a beachfront apartment he was accused of receiving from a construction firm. "
        "Lula, who leads polls for the October election, says the case is political."
    ),
    "temer_1": (
        "Brazilian federal police arrested former president Michel Temer in Sao Paulo on "
        "Thursday, on an order from judge Marcelo Bretas of Rio de Janeiro. Prosecutors in the "
        "Car Wash investigation accuse Temer of taking bribes tied to contracts for the Angra 3 "
        "nuclear plant. His lawyers called the arrest unjustified."
    ),
    "temer_2": (
        "Michel Temer, who left Brazil's presidency in January, was arrested on Thursday in Sao "
        "Paulo and taken to Rio de Janeiro. Judge Marcelo Bretas ordered Temer held while "
        "prosecutors investigate bribes they say were paid over the Angra 3 nuclear plant. Temer "
        "denies wrongdoing."
    ),
}
ARRESTED = ({"lula_1", "lula_2"}, {"temer_1", "temer_2"})

MUNICH = {
    "munich19_1": (
        "The 2019 Munich Security Conference opened on Friday with Europe and the United States at "
        "odds over Iran and trade. German Chancellor Angela Merkel defended the 2015 nuclear deal "
        "with Iran and warned against breaking up the international order."
    ),
    "munich19_2": (
        "At the 2019 Munich Security Conference, Chancellor Angela Merkel won a standing ovation "
        "for a speech defending multilateral institutions. US Vice President Mike Pence urged "
        "European allies to leave the nuclear deal with Iran."
    ),
    "munich19_3": (
        "Mike Pence told the 2019 Munich Security Conference that Europe should follow Washington "
        "out of the Iran nuclear deal. The audience in Munich met him with silence, a day after "
        "Angela Merkel questioned American tariffs on European cars."
    ),
    "munich19_4": (
        "Angela Merkel used the 2019 Munich Security Conference to question US plans to pull "
        "troops out of Syria. The German chancellor said Europe and the United States needed "
        "each other in NATO."
    ),
    "munich20_1": (
        "The 2020 Munich Security Conference opened on Friday under the theme of Westlessness, "
        "with German President Frank-Walter Steinmeier accusing the United States, Russia and "
        "China of fuelling mistrust. French President Emmanuel Macron called for a stronger "
        "Europe."
    ),
    "munich20_2": (
        "US Secretary of State Mike Pompeo told the 2020 Munich Security Conference that the "
        "West is winning, rejecting the worries voiced by Frank-Walter Steinmeier. Emmanuel "
        "Macron said Europe could not rely on the United States alone."
    ),
}
MEETINGS = (
    {"munich19_1", "munich19_2", "munich19_3", "munich19_4"},
    {"munich20_1", "munich20_2"},
)
