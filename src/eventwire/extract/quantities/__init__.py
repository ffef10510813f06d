"""The parts of the quantities layer (:mod:`eventwire.extract.quantities`).

* :mod:`.lexicon` -- the vocabulary tables ``quantity_words.tsv`` and ``quantity_cues.tsv``;
* :mod:`.numerals` -- numbers with their ranges, bounds, currencies and units, read from tokens;
* :mod:`.exclusions` -- numbers that are no quantity (dates, ages, labels, names, codes);
* :mod:`.counted` -- the counted noun and the ``what`` span;
* :mod:`.categories` -- the category from the governing verb, modifiers and head noun;
* :mod:`.links` -- the actor, event and statement a quantity belongs to.

Conventions of the record (DESIGN.md section 3):

``value``, ``low``, ``high`` and ``bound``
    ``low``/``high`` hold what the words state. An exact number: ``value = low = high``, bound
    ``exact`` ("6,000"). A bound word: ``more_than``/``at_least`` set ``low = value`` ("more than
    two dozen" = 24, more_than, low 24); ``less_than``/``at_most`` set ``high = value`` ("nearly
    three hours" = 3, less_than, high 3; "up to 6,000" = at_most); ``approx`` ("around 2,000")
    leaves both None: the words state no range.
    A range ("between 10 and 15", "10 to 15", "10-15", "two or three") and a vague count
    ("hundreds of", "dozens", "tens of thousands", "a handful", "several hundred") have bound
    ``approx``, ``low``/``high`` = the range, and ``value = low``: the least the words can mean,
    so that sums over many reports stay conservative lower bounds (the practice of hand-coded
    conflict data, which codes the lowest reported figure). A plural scale word means at least
    two of the scale and less than the next one: "hundreds" = 200..999 (value 200), "dozens" =
    24..99 (value 24), "thousands" = 2,000..9,999, "tens of thousands" = 20,000..99,999; the
    table ``quantity_words.tsv`` holds every such row.
``unit``
    ``people`` for counts of people (the counted noun names people, is an actor, or there is none
    and the category counts people); an ISO 4217 code for money (``USD``, ``EUR``, ``INR``...);
    ``hour``/``day``/``year``... for durations; ``km``, ``square_km``, ``hectare``, ``percent``,
    ``tonne``... for measures; None for counted things ("50 tanks").
``what``
    the counted noun phrase without determiner or number ("North Korean soldiers", "soldiers and
    engineers", "heads of state"), or what an amount is of ("$3 billion in military aid" ->
    "military aid"); None for a bare count ("police arrested 12").
``span``
    the bound words, currency, number, scale word and unit: "around 2,000", "more than two
    dozen", "nearly three hours", "$3 billion", "Rs 5 lakh".

Not quantities: dates and times of day, years, ages ("a 19-year-old", "aged 45", "Kim, 41,"),
ordinals, numbers in names, labels and codes ("World War II", "G20", "Boeing 737", "COVID-19",
"Article 5", "section 144"), phone numbers, list markers, scores ("won 3-1"), a small number
word after a determiner that only refers back ("the two countries"), a number that counts
nothing ("he scored 45"), frequencies ("three times") and vague durations ("a few days").
"""

from eventwire.extract.quantities.layer import extract_quantities

__all__ = ["extract_quantities"]
