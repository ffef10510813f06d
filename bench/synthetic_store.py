"""A generator of large synthetic stores for the API benchmark (``bench/api.py``).

It makes a DuckDB store with eventwire's own schema (``open_store`` runs the migrations) and fills
the layer tables with generated articles, ten events each, in bulk SQL (``range()`` inside DuckDB:
a million events in under a minute), then fills the event index with the store's own SQL
(``event_index.BACKFILL`` and ``WORDS_BACKFILL``, what the migration runs). The articles are plausible
but invented: ten fixed-width sentences each ("<actor> <verb> <actor> in <place> ..."), actors
from a pool of country and sector codes, events with real CAMEO codes, PLOVER types, quad classes
and Goldstein scores, one trigger each, dated on or before the publication day over ten years.

    python bench/synthetic_store.py /tmp/events.duckdb --articles 100000   # 1,000,000 events
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from eventwire.store import open_store
from eventwire.store.event_index import BACKFILL, WORDS_BACKFILL

EVENTS_PER_ARTICLE = 10
SENTENCE = 100  # characters per sentence (padded), one space between sentences

_ACTORS = [
    ("Russia", "RUS"), ("Ukraine", "UKR"), ("United States", "USA"), ("China", "CHN"),
    ("France", "FRA"), ("Germany", "DEU"), ("Iran", "IRN"), ("Israel", "ISR"), ("Turkey", "TUR"),
    ("India", "IND"), ("Pakistan", "PAK"), ("Brazil", "BRA"), ("Nigeria", "NGA"), ("Japan", "JPN"),
    ("North Korea", "PRK"), ("South Korea", "KOR"), ("Syria", "SYR"), ("Egypt", "EGY"),
    ("Mexico", "MEX"), ("Poland", "POL"),
]  # fmt: skip
_SECTORS = [("", "", "country"), ("government", "GOV", "government"), ("military", "MIL", "group"),
            ("police", "COP", "group"), ("opposition", "OPP", "group")]  # fmt: skip
_EVENTS = [
    ("010", "020", "make a statement", 0.0, 1), ("036", "CONSULT", "expressed intent to meet", 4.0, 1),
    ("040", "CONSULT", "met", 1.0, 1), ("042", "CONSULT", "visited", 1.9, 1),
    ("057", "AGREE", "signed", 8.0, 1), ("061", "COOPERATE", "cooperated with", 6.4, 2),
    ("071", "AID", "sent aid to", 7.4, 2), ("111", "ACCUSE", "criticized", -2.0, 3),
    ("112", "ACCUSE", "accused", -2.0, 3), ("130", "THREATEN", "threatened", -4.4, 3),
    ("141", "PROTEST", "protested against", -6.5, 3), ("163", "SANCTION", "imposed sanctions on", -8.0, 4),
    ("173", "COERCE", "arrested", -5.0, 4), ("190", "ASSAULT", "attacked", -10.0, 4),
    ("195", "ASSAULT", "shelled", -10.0, 4), ("183", "ASSAULT", "bombed", -10.0, 4),
]  # fmt: skip
_PLACES = [
    ("Kyiv", "UKR", 50.45, 30.52), ("Moscow", "RUS", 55.75, 37.62), ("Washington", "USA", 38.9, -77.04),
    ("Beijing", "CHN", 39.9, 116.4), ("Paris", "FRA", 48.86, 2.35), ("Berlin", "DEU", 52.52, 13.4),
    ("Tehran", "IRN", 35.69, 51.39), ("Jerusalem", "ISR", 31.77, 35.21), ("Ankara", "TUR", 39.93, 32.86),
    ("New Delhi", "IND", 28.61, 77.21), ("Lagos", "NGA", 6.45, 3.4), ("Tokyo", "JPN", 35.68, 139.69),
]  # fmt: skip
_MODALITIES = ["asserted"] * 6 + ["reported", "claimed", "intended", "denied"]


def _values(rows: list[tuple[object, ...]]) -> str:
    def literal(v: object) -> str:
        return "'" + str(v).replace("'", "''") + "'" if isinstance(v, str) else str(v)

    return ", ".join("(" + ", ".join(literal(v) for v in row) + ")" for row in rows)


def generate(path: Path, articles: int) -> int:
    """Fill a new store at ``path`` with ``articles`` articles; return the number of events."""
    if path.exists():
        raise SystemExit(f"{path} exists: give a new file")
    with open_store(str(path)) as store:
        con = store._con  # type: ignore[attr-defined]  # bulk SQL on the store's own connection
        actors = [
            (i, f"{name}{' ' + label if label else ''}", code + sector, code, sector or None, kind)
            for i, ((name, code), (label, sector, kind)) in enumerate(
                (a, s) for a in _ACTORS for s in _SECTORS
            )
        ]
        con.execute(
            "CREATE TEMP TABLE pool_actor(k INT, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR)"
        )
        con.execute(
            f"INSERT INTO pool_actor VALUES {_values([(a[0], a[1], a[2], a[3], a[4] or '', a[5]) for a in actors])}"
        )
        con.execute(
            "CREATE TEMP TABLE pool_event(k INT, cameo VARCHAR, plover VARCHAR, verb VARCHAR, goldstein DOUBLE, quad INT)"
        )
        con.execute(
            f"INSERT INTO pool_event VALUES {_values([(i, *e) for i, e in enumerate(_EVENTS)])}"
        )
        con.execute(
            "CREATE TEMP TABLE pool_place(k INT, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE)"
        )
        con.execute(
            f"INSERT INTO pool_place VALUES {_values([(i, *p) for i, p in enumerate(_PLACES)])}"
        )
        n_actors, n_events, n_places = len(actors), len(_EVENTS), len(_PLACES)
        con.execute("BEGIN TRANSACTION")
        # One row per (article, sentence k): the event of that sentence, its source and target.
        con.execute(f"""
            CREATE TEMP TABLE gen AS
            SELECT a.i, s.k,
                   substr(md5(CAST(a.i AS VARCHAR)), 1, 16) AS article_id,
                   CAST(DATE '2015-01-01' + CAST(a.i % 3650 AS INTEGER) AS VARCHAR) AS published,
                   (hash(a.i * 31 + s.k) % {n_events}) AS ev,
                   (hash(a.i * 17 + s.k) % {n_actors}) AS src,
                   (hash(a.i * 13 + s.k + 7) % {n_actors}) AS tgt,
                   (hash(a.i) % {n_places}) AS pl,
                   (hash(a.i * 7 + s.k) % 5) AS back
            FROM range({articles}) AS a(i), range({EVENTS_PER_ARTICLE}) AS s(k)
        """)  # fmt: skip
        con.execute(f"""
            CREATE TEMP TABLE sent AS
            SELECT g.*, rpad(sa.name || ' ' || e.verb || ' ' || ta.name || ' in ' || p.name
                             || ' on ' || g.published || ', officials said.', {SENTENCE}, ' ') AS sentence,
                   length(sa.name) + 1 AS t_start, length(sa.name) + 1 + length(e.verb) AS t_end,
                   e.verb, e.cameo, e.plover, e.goldstein, e.quad, sa.k AS sk, ta.k AS tk
            FROM gen g JOIN pool_event e ON e.k = g.ev JOIN pool_actor sa ON sa.k = g.src
            JOIN pool_actor ta ON ta.k = g.tgt JOIN pool_place p ON p.k = g.pl
        """)  # fmt: skip
        sentences = (
            "["
            + ", ".join(
                f"[{k * (SENTENCE + 1)}, {k * (SENTENCE + 1) + SENTENCE}]"
                for k in range(EVENTS_PER_ARTICLE)
            )
            + "]"
        )
        con.execute(f"""
            INSERT INTO articles (id, schema, text, meta, title, url, source, published, language,
                                  dateline, pipeline, paragraphs, sentences, stored_at)
            SELECT article_id, 'eventwire/article@1', string_agg(sentence, ' ' ORDER BY k),
                   json_object('pipeline', json_object('eventwire', '0.1.0', 'model', 'synthetic',
                                                       'knowledge', 'synthetic'),
                               'title', 'Synthetic report ' || any_value(i), 'url', NULL,
                               'source', 'synthetic', 'published', any_value(published),
                               'dateline', NULL, 'language', 'en',
                               'input', json_object('path', NULL, 'format', 'jsonl', 'id', NULL,
                                                    'encoding', 'utf-8'),
                               'extra', json_object()),
                   'Synthetic report ' || any_value(i), NULL, 'synthetic', any_value(published), 'en', NULL,
                   'eventwire=0.1.0;model=synthetic;knowledge=synthetic',
                   [[0, {EVENTS_PER_ARTICLE * (SENTENCE + 1) - 1}]], {sentences}, now()
            FROM sent GROUP BY article_id
        """)  # fmt: skip
        con.execute("""
            INSERT INTO actors (article_id, id, seq, name, kind, code, country, sector, wikidata)
            SELECT DISTINCT ON (g.article_id, a.k) g.article_id, 'A' || (a.k + 1), a.k, a.name, a.kind,
                   a.code, a.country, nullif(a.sector, ''), NULL
            FROM gen g JOIN pool_actor a ON a.k IN (g.src, g.tgt)
        """)  # fmt: skip
        con.execute("""
            INSERT INTO places (article_id, id, seq, start_char, end_char, text, name, country,
                                admin1, lat, lon, geonameid, feature, role)
            SELECT DISTINCT ON (g.article_id) g.article_id, 'P1', 0, 0, 1, 'x', p.name, p.country,
                   NULL, p.lat, p.lon, NULL, 'PPLC', 'location'
            FROM gen g JOIN pool_place p ON p.k = g.pl
        """)  # fmt: skip
        con.execute(f"""
            INSERT INTO events (article_id, id, seq, cameo, plover, plover_mode, quad_class, goldstein,
                                source, target, sentence, date_value, date_time, date_inferred,
                                date_start, date_end, place, modality, statement, confidence)
            SELECT article_id, 'E' || (k + 1), k, cameo, nullif(plover, '020'), NULL, quad, goldstein,
                   'A' || (sk + 1), 'A' || (tk + 1), k,
                   CAST(CAST(published AS DATE) - CAST(back AS INTEGER) AS VARCHAR), NULL, back = 0,
                   CAST(published AS DATE) - CAST(back AS INTEGER),
                   CAST(published AS DATE) - CAST(back AS INTEGER), 'P1',
                   ({_MODALITIES!r})[CAST(1 + (hash(i * 3 + k) % {len(_MODALITIES)}) AS BIGINT)],
                   NULL, round(0.2 + (hash(i + k) % 80) / 100.0, 2)
            FROM sent
        """)  # fmt: skip
        con.execute(f"""
            INSERT INTO event_triggers (article_id, event_id, seq, start_char, end_char, text)
            SELECT article_id, 'E' || (k + 1), 0, k * {SENTENCE + 1} + t_start,
                   k * {SENTENCE + 1} + t_end, verb
            FROM sent
        """)  # fmt: skip
        con.execute(BACKFILL)
        con.execute(WORDS_BACKFILL)
        con.execute("COMMIT")
        count = int(con.execute("SELECT count(*) FROM event_index").fetchone()[0])
        con.execute("CHECKPOINT")
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    started = time.perf_counter()
    events = generate(args.path, args.articles)
    print(
        f"{events:,} events in {args.articles:,} articles, {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
