"""The quantities layer: a table of sentences and the quantity (or non-quantity) each must yield.

Every sentence is written for this table. A ``Q`` case names the span of a quantity that must be
found and the fields it must have (``low``/``high`` are checked only when given); a ``NO`` case
names words that must not be (part of) any quantity. Cases the extractor does not get right yet
are strict xfails with the reason (at most 15%). The seed tests at the end read the seed article
at run time (skipped when it is absent).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from eventwire.records import Article, Quantity

DAY = "2025-09-03"
UNSET: Any = object()


class Case(NamedTuple):
    sentence: str
    span: str
    value: float | None = None  # None: the span is no quantity
    bound: str = "exact"
    category: str = "other"
    unit: str | None = None
    what: str | None = None
    low: Any = UNSET
    high: Any = UNSET


def Q(  # noqa: N802 - short constructors keep the table readable
    sentence: str, span: str, value: float, category: str = "other", **fields: Any
) -> Case:
    return Case(sentence, span, value, category=category, **fields)


def NO(sentence: str, words: str) -> Case:  # noqa: N802
    return Case(sentence, words)


def xfail(case: Case, reason: str) -> Any:
    return pytest.param(
        case,
        marks=pytest.mark.xfail(reason=reason, strict=True),
        id=f"{case.span}|{case.sentence[:30]}",
    )


P = "people"
# fmt: off
CASES: list[Any] = [
    # --- digits and number words
    Q("Officials said 6,000 soldiers were deployed to the border.", "6,000", 6000, "deployed",
      unit=P, what="soldiers", low=6000, high=6000),
    Q("The ministry counted 1,250 refugees at the crossing.", "1,250", 1250, "displaced", unit=P,
      what="refugees"),
    Q("Twenty-five protesters were arrested outside the embassy.", "Twenty-five", 25, "arrested",
      unit=P, what="protesters"),
    Q("Two dozen journalists were detained overnight.", "Two dozen", 24, "arrested", unit=P,
      what="journalists"),
    Q("A dozen police officers were injured in the clashes.", "A dozen", 12, "wounded", unit=P,
      what="police officers"),
    Q("The government ordered 1.5 million doses of the vaccine.", "1.5 million", 1_500_000,
      what="doses"),
    Q("Two hundred and fifty farmers blocked the highway.", "Two hundred and fifty", 250, unit=P,
      what="farmers"),
    Q("The rebels freed twelve hostages on Monday.", "twelve", 12, "other", unit=P,
      what="hostages"),
    Q("Rescuers pulled 17 bodies from the rubble.", "17", 17, "killed", unit=P, what="bodies"),
    Q("The bombing caused 60 deaths in the market.", "60", 60, "killed", unit=P, what="deaths"),
    Q("A bomb hit the market, leaving at least five people dead.", "at least five", 5, "killed",
      bound="at_least", unit=P, what="people"),
    Q("A bomb hit the market. Five others were injured.", "Five", 5, "wounded", unit=P,
      what="others"),
    # --- vague counts: value = the least the words can mean, low/high the range
    Q("Tens of thousands of people marched through the capital.", "Tens of thousands", 20_000,
      "participants", bound="approx", unit=P, what="people", low=20_000, high=99_999),
    Q("A handful of demonstrators gathered near the palace.", "A handful", 2, "participants",
      bound="approx", unit=P, what="demonstrators", low=2, high=5),
    Q("Hundreds of families fled the fighting in the valley.", "Hundreds", 200, "displaced",
      bound="approx", unit=P, what="families", low=200, high=999),
    Q("Several hundred troops arrived in the city overnight.", "Several hundred", 300, "deployed",
      bound="approx", unit=P, what="troops", low=300, high=900),
    Q("Dozens of villagers were killed in the raid.", "Dozens", 24, "killed", bound="approx",
      unit=P, what="villagers", low=24, high=99),
    Q("Hundreds of thousands of refugees crossed into Poland.", "Hundreds of thousands", 200_000,
      "displaced", bound="approx", unit=P, what="refugees", low=200_000, high=999_999),
    Q("Thousands were evacuated from the coast.", "Thousands", 2000, "displaced", bound="approx",
      unit=P, low=2000, high=9999),
    Q("Losses reached billions of dollars last year.", "billions of dollars", 2e9, "money",
      bound="approx", unit="USD"),
    # --- approximators and bounds
    Q("Around 2,000 migrants crossed the river at night.", "Around 2,000", 2000, bound="approx",
      unit=P, what="migrants", low=None, high=None),
    Q("About 300 students attended the rally.", "About 300", 300, "participants", bound="approx",
      unit=P, what="students"),
    Q("Nearly 40 people drowned when the boat capsized.", "Nearly 40", 40, "killed",
      bound="less_than", unit=P, what="people", low=None, high=40),
    Q("Almost 500 homes were destroyed by the storm.", "Almost 500", 500, bound="less_than",
      unit=None, what="homes"),
    Q("More than 100 people were wounded in the attack.", "More than 100", 100, "wounded",
      bound="more_than", unit=P, low=100, high=None),
    Q("Over 3,000 soldiers were sent to the front.", "Over 3,000", 3000, "deployed",
      bound="more_than", unit=P, what="soldiers"),
    Q("At least 12 civilians died in the shelling.", "At least 12", 12, "killed",
      bound="at_least", unit=P, what="civilians", low=12, high=None),
    Q("Up to 600 workers could lose their jobs.", "Up to 600", 600, bound="at_most", unit=P,
      what="workers", low=None, high=600),
    Q("As many as 70 migrants are missing at sea.", "As many as 70", 70, "missing",
      bound="at_most", unit=P, what="migrants"),
    Q("Some 5,000 residents were evacuated from the town.", "Some 5,000", 5000, "displaced",
      bound="approx", unit=P, what="residents"),
    Q("Roughly 800 prisoners were released under the deal.", "Roughly 800", 800, "other",
      bound="approx", unit=P, what="prisoners"),
    Q("An estimated 15,000 people took part in the march.", "An estimated 15,000", 15_000,
      "participants", bound="approx", unit=P),
    Q("Fewer than 50 delegates voted for the motion.", "Fewer than 50", 50, "other",
      bound="less_than", unit=P, what="delegates"),
    Q("Police said 30 or more people were detained.", "30 or more", 30, "arrested",
      bound="at_least", unit=P),
    # --- ranges
    Q("Between 10 and 15 soldiers were captured.", "Between 10 and 15", 10, "arrested",
      bound="approx", unit=P, low=10, high=15),
    Q("Police detained 10 to 15 activists at the protest.", "10 to 15", 10, "arrested",
      bound="approx", unit=P, what="activists", low=10, high=15),
    Q("The airstrike killed 20-25 people in the village.", "20-25", 20, "killed", bound="approx",
      unit=P, low=20, high=25),
    Q("Two or three rockets hit the airport.", "Two or three", 2, bound="approx", unit=None,
      what="rockets", low=2, high=3),
    Q("The explosion killed 1,500 to 2,000 people.", "1,500 to 2,000", 1500, "killed",
      bound="approx", unit=P, low=1500, high=2000),
    Q("The fund holds between 3 and 4 million euros.", "between 3 and 4 million euros", 3e6,
      "money", bound="approx", unit="EUR", low=3e6, high=4e6),
    # --- durations, distances, areas, percentages and other measures
    Q("The meeting lasted nearly three hours.", "nearly three hours", 3, "duration",
      bound="less_than", unit="hour", high=3),
    Q("The talks in Geneva lasted five days.", "five days", 5, "duration", unit="day"),
    Q("The siege of the city lasted two years.", "two years", 2, "duration", unit="year"),
    Q("Rescuers searched the mine for 48 hours.", "48 hours", 48, "duration", unit="hour"),
    Q("The parade marked 80 years since the armistice.", "80 years", 80, "duration",
      unit="year"),
    Q("The convoy travelled 300 km to reach the town.", "300 km", 300, unit="km"),
    Q("The fire burned 5,000 hectares of forest.", "5,000 hectares", 5000, unit="hectare",
      what="forest"),
    Q("The exclusion zone covers 1,200 square kilometres.", "1,200 square kilometres", 1200,
      unit="square_km"),
    Q("Inflation rose 7.5 percent in August.", "7.5 percent", 7.5, unit="percent"),
    Q("Turnout was 64% according to the commission.", "64%", 64, unit="percent"),
    Q("Prices rose by 2 percentage points.", "2 percentage points", 2, unit="percentage_point"),
    Q("The refinery lost 2 million barrels of crude.", "2 million barrels", 2e6, unit="barrel",
      what="crude"),
    Q("The front line stretches 12 miles along the river.", "12 miles", 12, unit="mile"),
    Q("Customs seized 500 kg of heroin at the port.", "500 kg", 500, unit="kg", what="heroin"),
    # --- money
    Q("Washington pledged $3 billion in military aid.", "$3 billion", 3e9, "money", unit="USD",
      what="military aid"),
    Q("The company was fined €2.5m by regulators.", "€2.5m", 2.5e6, "money", unit="EUR"),
    Q("The bank lent £400 million to the utility.", "£400 million", 4e8, "money", unit="GBP"),
    Q("Police seized Rs 5 lakh in cash from the car.", "Rs 5 lakh", 500_000, "money", unit="INR",
      what="cash"),
    Q("The contract is worth 2 crore rupees.", "2 crore rupees", 2e7, "money", unit="INR"),
    Q("Moscow allocated 10 billion roubles for reconstruction.", "10 billion roubles", 1e10,
      "money", unit="RUB"),
    Q("Beijing offered 500 million yuan in loans.", "500 million yuan", 5e8, "money",
      unit="CNY", what="loans"),
    Q("Investors put $1.2bn into the project.", "$1.2bn", 1.2e9, "money", unit="USD"),
    Q("The ransom was about 2 million dollars.", "about 2 million dollars", 2e6, "money",
      bound="approx", unit="USD"),
    # --- categories from verbs, adjectives, nouns and places
    Q("The floods displaced 25,000 people in the delta.", "25,000", 25_000, "displaced", unit=P),
    Q("About 4,000 residents fled their homes.", "About 4,000", 4000, "displaced",
      bound="approx", unit=P),
    Q("The storm left 3,000 people homeless.", "3,000", 3000, "displaced", unit=P),
    Q("Five people were found dead in the river.", "Five", 5, "killed", unit=P, what="people"),
    Q("The clashes left 12 dead and 40 injured.", "12", 12, "killed", unit=P),
    Q("Three journalists went missing in the north.", "Three", 3, "missing", unit=P),
    Q("Gunmen abducted 30 students from a school.", "30", 30, "kidnapped", unit=P,
      what="students"),
    Q("Rebels kidnapped 12 aid workers near the border.", "12", 12, "kidnapped", unit=P,
      what="aid workers"),
    Q("Pirates are holding 19 sailors hostage.", "19", 19, "kidnapped", unit=P),
    Q("The kidnapping of 276 students drew protests.", "276", 276, "kidnapped", unit=P,
      what="students"),
    Q("Eight hostages remain in the jungle.", "Eight", 8, "kidnapped", unit=P),
    Q("The militants still hold eight hostages.", "eight", 8, "kidnapped", unit=P),
    Q("Authorities arrested 45 people after the riot.", "45", 45, "arrested", unit=P),
    Q("Twelve suspects were taken into custody.", "Twelve", 12, "arrested", unit=P,
      what="suspects"),
    Q("The army deployed 5,000 troops to the region.", "5,000", 5000, "deployed", unit=P,
      what="troops"),
    Q("NATO will station 4,000 soldiers in Poland.", "4,000", 4000, "deployed", unit=P),
    Q("A crowd of 10,000 gathered in the square.", "10,000", 10_000, "participants", unit=P),
    Q("The rally drew 50,000 supporters to the stadium.", "50,000", 50_000, "participants",
      unit=P, what="supporters"),
    Q("The funeral was attended by 20,000 mourners.", "20,000", 20_000, "participants", unit=P),
    Q("The death toll rose to 45 on Thursday.", "45", 45, "killed", unit=P),
    Q("Hospitals treated 85 injured people after the blast.", "85", 85, "wounded", unit=P,
      what="injured people"),
    Q("Soldiers killed 15 militants near the border.", "15", 15, "killed", unit=P,
      what="militants"),
    Q("Officials said 14 soldiers were killed in the ambush.", "14", 14, "killed", unit=P),
    Q("The ministry reported 7 fatalities on the roads.", "7", 7, "killed", unit=P,
      what="fatalities"),
    Q("Police arrested 12 people, including 3 women.", "3", 3, "arrested", unit=P,
      what="women"),
    Q("The attack wounded 8 soldiers and 3 civilians.", "3", 3, "wounded", unit=P,
      what="civilians"),
    Q("Officials said 30 people were in hospital.", "30", 30, "wounded", unit=P),
    Q("Pyongyang plans to deploy another 6,000 soldiers and engineers.", "6,000", 6000,
      "deployed", unit=P, what="soldiers and engineers"),
    Q("The summit brought together more than two dozen heads of state.",
      "more than two dozen", 24, "participants", bound="more_than", unit=P,
      what="heads of state", low=24, high=None),
    Q("In 2019 1,500 troops were sent to the island.", "1,500", 1500, "deployed", unit=P),
    Q("The death toll stands at 112.", "112", 112, "killed", unit=P),
    Q("Activists held 3 protests in the capital.", "3", 3, "other", what="protests"),
    Q("The massacre of 300 villagers shocked the region.", "300", 300, "killed", unit=P,
      what="villagers"),
    Q("Militants took 40 workers hostage at the plant.", "40", 40, "kidnapped", unit=P),
    Q("The court sentenced 11 rebels to death.", "11", 11, "other", unit=P, what="rebels"),
    Q("Voters elected 543 lawmakers to the lower house.", "543", 543, "other", unit=P),
    Q("Nine passengers were burnt to death in the bus.", "Nine", 9, "killed", unit=P,
      what="passengers"),
    Q("Villagers found 58 charred bodies of people in the well.", "58", 58, "killed", unit=P),
    Q("The city raised Rs 100-crore through bonds.", "Rs 100-crore", 1e9, "money", unit="INR"),
    Q("Curfew was lifted after 36 hours in the old city.", "36 hours", 36, "duration",
      unit="hour"),
    Q("Police fired 12 rounds to disperse the mob.", "12", 12, what="rounds"),
    Q("The court said three people should be held responsible.", "three", 3, "other", unit=P),
    Q("Officials said 500 police personnel were on duty.", "500", 500, "deployed", unit=P,
      what="police personnel"),
    xfail(Q("Half a million people fled the city.", "Half a million", 500_000, "displaced",
            unit=P), "fractions of a scale word ('half a million') are not read"),
    Q("At least 30 people were killed and 50 injured.", "50", 50, "wounded", unit=P),
    xfail(Q("The 10,000-strong force crossed the border.", "10,000", 10_000, "deployed",
            unit=P, what="force"), "'N-strong' modifiers are not read as counts of their noun"),
    # --- not quantities: dates, years, ages, ordinals, names, labels, codes, references
    NO("Veterans of World War II marched in Moscow.", "II"),
    NO("It was their first meeting since 2019.", "first"),
    NO("It was their first meeting since 2019.", "2019"),
    NO("A 19-year-old student was arrested on Friday.", "19"),
    NO("Kim, 41, met the envoy in Hanoi.", "41"),
    NO("The suspect, aged 45, was detained at the airport.", "45"),
    NO("The victim was 32 years old.", "32"),
    NO("Talks resumed on March 10, 2025, in Doha.", "10"),
    NO("Talks resumed on March 10, 2025, in Doha.", "2025"),
    NO("The G20 summit opened in Delhi.", "G20"),
    NO("A Boeing 737 crashed near the airport.", "737"),
    NO("COVID-19 cases surged in the capital.", "19"),
    NO("The allies invoked Article 5 of the treaty.", "5"),
    NO("The council adopted Resolution 2231 in July.", "2231"),
    NO("The fire broke out at 5 pm.", "5"),
    NO("Call 9876543210 for help.", "9876543210"),
    NO("The third round of talks ended in Cairo.", "third"),
    NO("Police imposed section 144 in the district.", "144"),
    NO("Under sections 302 and 307 of the IPC, he was charged.", "307"),
    NO("The home side won 3-1 in the final.", "3-1"),
    NO("The two countries signed a trade pact.", "two"),
    NO("One of the suspects escaped from custody.", "One"),
    NO("The minister visited the region three times.", "three"),
    NO("In 2019, the tribunal ruled against the company.", "2019"),
    NO("The 2024 election was close.", "2024"),
    NO("Flight 17 was shot down over Ukraine.", "17"),
    NO("He was born on 12 May 1980 in Kyiv.", "12"),
    NO("He was born on 12 May 1980 in Kyiv.", "1980"),
    NO("The team trained in the hills for a few days.", "a few"),
    NO("She was ranked No. 1 in the world.", "1"),
    NO("Ram Kumar (35) was arrested by the police.", "35"),
    NO("The firm filed for Chapter 11 protection.", "11"),
    NO("The Su-27 jets flew over the Black Sea.", "27"),
    NO("The attack happened on the 21st of June.", "21st"),
    NO("The 1990s were turbulent years for Russia.", "1990s"),
    NO("Scholars recalled the 1992 riots in Mumbai.", "1992"),
    NO("All the trustees are over 75 years of age.", "75"),
    NO("Shops stayed shut until 12 noon on Friday.", "12"),
    NO("Power cuts lasted from 1800 hrs to 2100 hrs.", "2100"),
    NO("Pilgrims travelled in two three-tier coaches.", "three"),
    NO("The toll crossed the 250-mark by Wednesday.", "250"),
    NO("Police said the two had joined hands after the riots.", "two"),
]
# fmt: on


@pytest.fixture(scope="module")
def articles(settings: Any) -> dict[str, Article]:
    from eventwire.pipeline import process_many

    sentences = list(dict.fromkeys(_case(c).sentence for c in CASES))
    return dict(zip(sentences, process_many(sentences, date=DAY, settings=settings), strict=True))


def _case(item: Any) -> Case:
    return item.values[0] if hasattr(item, "values") else item  # type: ignore[no-any-return]


def describe(article: Article) -> list[str]:
    return [
        f"{q.span.text!r} {q.value} {q.bound} {q.category} {q.unit} "
        f"{q.what.text if q.what else None!r} low={q.low} high={q.high}"
        for q in article.quantities
    ]


def _mismatches(case: Case, q: Quantity) -> list[str]:
    expected = {
        "value": case.value, "bound": case.bound, "category": case.category, "unit": case.unit,
        "low": case.low, "high": case.high,
    }  # fmt: skip
    found = {
        "value": q.value, "bound": q.bound, "category": q.category, "unit": q.unit,
        "low": q.low, "high": q.high,
    }  # fmt: skip
    wrong = [
        f"{k}={found[k]!r} (want {v!r})"
        for k, v in expected.items()
        if v is not UNSET and found[k] != v
    ]
    if case.what is not None and (q.what is None or q.what.text != case.what):
        wrong.append(f"what={q.what.text if q.what else None!r} (want {case.what!r})")
    return wrong


@pytest.mark.parametrize("case", CASES)
def test_quantities(case: Case, articles: dict[str, Article]) -> None:
    article = articles[case.sentence]
    if case.value is None:
        start = article.text.index(case.span)
        end = start + len(case.span)
        overlapping = [q for q in article.quantities if q.span.start < end and start < q.span.end]
        assert not overlapping, f"{case.span!r} is no quantity; found {describe(article)}"
        return
    matches = [q for q in article.quantities if q.span.text == case.span]
    assert matches, f"no quantity {case.span!r}; found {describe(article)}"
    wrong = _mismatches(case, matches[0])
    assert not wrong, f"{case.span!r}: {', '.join(wrong)}"


def test_xfail_share() -> None:
    marked = sum(1 for c in CASES if hasattr(c, "marks") and c.marks)
    assert len(CASES) >= 80
    assert marked <= 0.15 * len(CASES)


def test_ids_are_in_text_order(articles: dict[str, Article]) -> None:
    article = articles["The clashes left 12 dead and 40 injured."]
    assert [q.id for q in article.quantities] == ["Q1", "Q2"]
    assert [q.span.text for q in article.quantities] == ["12", "40"]
    assert article.quantities[1].category == "wounded"


def test_actor_event_and_statement_links(articles: dict[str, Article]) -> None:
    article = articles["Officials said 14 soldiers were killed in the ambush."]
    (quantity,) = article.quantities
    assert quantity.statement is not None
    statement = next(s for s in article.statements if s.id == quantity.statement)
    assert any(p.start <= quantity.span.start < p.end for p in statement.content)
    article = articles["The army deployed 5,000 troops to the region."]
    (quantity,) = article.quantities
    assert quantity.event is not None
    event = next(e for e in article.events if e.id == quantity.event)
    assert event.triggers[0].text == "deployed"


# --- the seed article -------------------------------------------------------------------------


def _seed_quantity(seed: Article, span: str) -> Quantity:
    found = [q for q in seed.quantities if q.span.text == span]
    assert len(found) == 1, f"{span!r}: {describe(seed)}"
    return found[0]


def _actor_code(seed: Article, actor_id: str | None) -> str | None:
    return next((a.code for a in seed.actors if a.id == actor_id), None)


def test_seed_around_2000_killed_is_the_intelligence_claim(seed_article: Article) -> None:
    q = _seed_quantity(seed_article, "around 2,000")
    assert (q.value, q.bound, q.category, q.unit) == (2000, "approx", "killed", "people")
    assert q.what is not None and q.what.text == "North Korean soldiers"
    assert _actor_code(seed_article, q.actor) == "PRKMIL"
    statement = next(s for s in seed_article.statements if s.id == q.statement)
    speaker = next(a for a in seed_article.actors if a.id == statement.speaker)
    assert statement.stance == "claim" and speaker.code == "KORSPY"


def test_seed_another_6000_soldiers_and_engineers_deployed(seed_article: Article) -> None:
    q = _seed_quantity(seed_article, "6,000")
    assert (q.value, q.bound, q.category, q.unit) == (6000, "exact", "deployed", "people")
    assert q.what is not None and q.what.text == "soldiers and engineers"
    event = next(e for e in seed_article.events if e.id == q.event)
    assert event.modality == "intended" and event.cameo.startswith("15")
    assert q.statement is not None


def test_seed_about_1000_combat_engineers(seed_article: Article) -> None:
    q = _seed_quantity(seed_article, "about 1,000")
    assert (q.value, q.bound, q.category, q.unit) == (1000, "approx", "deployed", "people")
    assert q.what is not None and q.what.text == "combat engineers"


def test_seed_more_than_two_dozen_heads_of_state(seed_article: Article) -> None:
    q = _seed_quantity(seed_article, "more than two dozen")
    assert (q.value, q.low, q.high, q.bound) == (24, 24, None, "more_than")
    assert q.what is not None and q.what.text == "heads of state"


def test_seed_nearly_three_hours(seed_article: Article) -> None:
    q = _seed_quantity(seed_article, "nearly three hours")
    assert (q.value, q.bound, q.unit, q.category, q.high) == (3, "less_than", "hour", "duration", 3)


def test_seed_no_people_from_years_wars_or_ordinals(seed_article: Article) -> None:
    for q in seed_article.quantities:
        assert q.unit != "people" or q.span.text not in ("80 years", "World War II", "first")
        assert "II" not in q.span.text and "first" not in q.span.text.lower()
    eighty = _seed_quantity(seed_article, "80 years")
    assert (eighty.category, eighty.unit) == ("duration", "year")
    assert len(seed_article.quantities) == 6, describe(seed_article)
