"""Short news reports written for these tests (original wording, well-documented real events):
two reports and a lightly edited copy of the February 2023 Turkey-Syria earthquake, two reports
of the April 2015 Nepal earthquake (the same magnitude: a similar but different happening), and
a report of an unrelated summit; and four reports each of two acquisitions by one company (``DEALS``)."""

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
