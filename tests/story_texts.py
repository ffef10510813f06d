"""Short news reports written for these tests (original wording, well-documented real events):
two reports and a lightly edited copy of the February 2023 Turkey-Syria earthquake, two reports
of the April 2015 Nepal earthquake (the same magnitude: a similar but different happening), and
a report of an unrelated summit."""

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
