"""Gazetteer tables and their patterns, on spacy.blank("en") (no model needed)."""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from pathlib import Path

import pytest
import spacy
from spacy.util import filter_spans

from extractor import gazetteer
from extractor.gazetteer import ResourceError

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"


def make_nlp(patterns: list[dict]) -> spacy.language.Language:
    """A blank English pipeline with one validating SpanRuler holding `patterns`."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "t", "overwrite": False, "validate": True})
    ruler.add_patterns(patterns)
    return nlp


def matches(nlp: spacy.language.Language, text: str) -> list[tuple[str, str, str]]:
    """(text, label, id) of the longest non-overlapping matches in `text`."""
    doc = nlp(text)
    return [(span.text, span.label_, span.id_) for span in filter_spans(list(doc.spans["t"]))]


@pytest.fixture(scope="module")
def actors() -> spacy.language.Language:
    return make_nlp(gazetteer.actor_patterns(MODELS))


@pytest.fixture(scope="module")
def products() -> spacy.language.Language:
    return make_nlp(gazetteer.product_patterns(MODELS))


@pytest.fixture(scope="module")
def legal() -> spacy.language.Language:
    return make_nlp(gazetteer.legal_patterns(MODELS))


@pytest.fixture(scope="module")
def officials() -> dict[str, list[dict]]:
    return gazetteer.official_index(MODELS)


# (wire copy, matched text, label, code): each phrase must give exactly this one match.
ACTOR_CASES = [
    # tricky country names
    ("grain sales to the Soviet Union", "Soviet Union", "COUNTRY", "RUS"),  # older copy: the successor state
    ("the USSR said", "USSR", "COUNTRY", "RUS"),
    ("West German exporters", "West German", "DEMONYM", "DEU"),
    ("exports from the Democratic Republic of the Congo", "Democratic Republic of the Congo", "COUNTRY", "COD"),
    ("the Democratic Republic of Congo said", "Democratic Republic of Congo", "COUNTRY", "COD"),
    ("cobalt from DR Congo", "DR Congo", "COUNTRY", "COD"),
    ("cobalt mined in Congo", "Congo", "COUNTRY", "COD"),
    ("the Republic of the Congo signed", "Republic of the Congo", "COUNTRY", "COG"),
    ("timber from Congo-Brazzaville", "Congo-Brazzaville", "COUNTRY", "COG"),
    ("tariffs on South Korea", "South Korea", "COUNTRY", "KOR"),
    ("steel from Korea", "Korea", "COUNTRY", "KOR"),
    ("the Republic of Korea", "Republic of Korea", "COUNTRY", "KOR"),
    ("S.Korea exports rise", "S.Korea", "COUNTRY", "KOR"),
    ("sanctions on North Korea", "North Korea", "COUNTRY", "PRK"),
    ("the Democratic People's Republic of Korea", "Democratic People's Republic of Korea", "COUNTRY", "PRK"),
    ("N.Korea fires missile", "N.Korea", "COUNTRY", "PRK"),
    ("Papua New Guinea exports", "Papua New Guinea", "COUNTRY", "PNG"),
    ("Guinea-Bissau cashews", "Guinea-Bissau", "COUNTRY", "GNB"),
    ("Equatorial Guinea oil", "Equatorial Guinea", "COUNTRY", "GNQ"),
    ("bauxite from Guinea", "Guinea", "COUNTRY", "GIN"),
    ("uranium from Niger", "Niger", "COUNTRY", "NER"),
    ("crude from Nigeria", "Nigeria", "COUNTRY", "NGA"),
    ("oil from South Sudan", "South Sudan", "COUNTRY", "SSD"),
    ("gum arabic from Sudan", "Sudan", "COUNTRY", "SDN"),
    ("bananas from Dominica", "Dominica", "COUNTRY", "DMA"),
    ("the Dominican Republic", "Dominican Republic", "COUNTRY", "DOM"),
    ("the U.S. imposed tariffs", "U.S.", "COUNTRY", "USA"),
    ("tariffs imposed by the United States", "United States", "COUNTRY", "USA"),
    ("the United States of America", "United States of America", "COUNTRY", "USA"),
    ("US tariffs", "US", "COUNTRY", "USA"),
    ("America First", "America", "COUNTRY", "USA"),
    ("Britain left the bloc", "Britain", "COUNTRY", "GBR"),
    ("the U.K. said", "U.K.", "COUNTRY", "GBR"),
    ("goods moving to Northern Ireland", "Northern Ireland", "COUNTRY", "GBR"),
    ("the Republic of Ireland", "Republic of Ireland", "COUNTRY", "IRL"),
    ("Türkiye raised duties", "Türkiye", "COUNTRY", "TUR"),
    ("Turkey raised duties", "Turkey", "COUNTRY", "TUR"),
    ("imports from mainland China", "mainland China", "COUNTRY", "CHN"),
    ("the People's Republic of China", "People's Republic of China", "COUNTRY", "CHN"),
    ("the PRC responded", "PRC", "COUNTRY", "CHN"),
    ("Hong Kong re-exports", "Hong Kong", "COUNTRY", "HKG"),
    ("Chinese Taipei filed a complaint", "Chinese Taipei", "COUNTRY", "TWN"),
    ("Viet Nam exports", "Viet Nam", "COUNTRY", "VNM"),
    ("the Russian Federation", "Russian Federation", "COUNTRY", "RUS"),
    ("the E.U. retaliated", "E.U.", "COUNTRY", "EU"),
    ("the European Union retaliated", "European Union", "COUNTRY", "EU"),
    ("a complaint at the WTO", "WTO", "ORG", "WTO"),
    ("the World Trade Organisation ruled", "World Trade Organisation", "ORG", "WTO"),
    ("rum from the U.S. Virgin Islands", "U.S. Virgin Islands", "COUNTRY", "VIR"),
    ("the British Virgin Islands", "British Virgin Islands", "COUNTRY", "VGB"),
    ("tuna from American Samoa", "American Samoa", "COUNTRY", "ASM"),
    ("cocoa from Ivory Coast", "Ivory Coast", "COUNTRY", "CIV"),
    ("cocoa from Côte d'Ivoire", "Côte d'Ivoire", "COUNTRY", "CIV"),
    ("JAPAN RETALIATES", "JAPAN", "COUNTRY", "JPN"),
    # demonyms
    ("Chinese steel", "Chinese", "DEMONYM", "CHN"),
    ("South Korean washers", "South Korean", "DEMONYM", "KOR"),
    ("North Korean coal", "North Korean", "DEMONYM", "PRK"),
    ("Korean steelmakers", "Korean", "DEMONYM", "KOR"),
    ("American farmers", "American", "DEMONYM", "USA"),
    ("European carmakers", "European", "DEMONYM", "EU"),
    ("British whisky", "British", "DEMONYM", "GBR"),
    ("German cars", "German", "DEMONYM", "DEU"),
    ("Mexican tomatoes", "Mexican", "DEMONYM", "MEX"),
    ("Canadian lumber", "Canadian", "DEMONYM", "CAN"),
    ("Indian shrimp", "Indian", "DEMONYM", "IND"),
    ("Nigerian crude", "Nigerian", "DEMONYM", "NGA"),
    ("CHINESE EXPORTS SLUMP", "CHINESE", "DEMONYM", "CHN"),
    # metonyms, institutions, firms
    ("the White House said", "White House", "METONYM", "USA"),
    ("Washington and Beijing", None, None, None),
    ("Brussels hit back", "Brussels", "METONYM", "EU"),
    ("Tokyo protested", "Tokyo", "METONYM", "JPN"),
    ("New Delhi raised duties", "New Delhi", "METONYM", "IND"),
    ("Mexico City said", "Mexico City", "METONYM", "MEX"),
    ("the European Commission proposed", "European Commission", "METONYM", "EU"),
    ("the Commerce Department said", "Commerce Department", "METONYM", "USA"),
    ("U.S. Customs and Border Protection", "U.S. Customs and Border Protection", "METONYM", "USA"),
    ("the USITC voted", "USITC", "METONYM", "USA"),
    ("MOFCOM said", "MOFCOM", "METONYM", "CHN"),
    ("China's Ministry of Commerce said", "China's Ministry of Commerce", "METONYM", "CHN"),
    ("METI said", "METI", "METONYM", "JPN"),
    ("the Kremlin said", "Kremlin", "METONYM", "RUS"),
    ("Downing Street said", "Downing Street", "METONYM", "GBR"),
    ("Global Affairs Canada said", "Global Affairs Canada", "METONYM", "CAN"),
    ("India's DGTR recommended", None, None, None),
    ("Huawei was added", "Huawei", "FIRM", "CHN"),
    ("Airbus subsidies", "Airbus", "FIRM", "EU"),
    ("Bombardier jets", "Bombardier", "FIRM", "CAN"),
    ("Harley-Davidson moved production", "Harley-Davidson", "FIRM", "USA"),
    ("U.S. Steel shares rose", "U.S. Steel", "FIRM", "USA"),
    ("Nippon Steel bid", "Nippon Steel", "FIRM", "JPN"),
    # officials
    ("Lighthizer said", "Lighthizer", "OFFICIAL", "USA"),
    ("Katherine Tai said", "Katherine Tai", "OFFICIAL", "USA"),
    ("Cecilia Malmstrom said", "Cecilia Malmstrom", "OFFICIAL", "EU"),
    ("Malmström said", "Malmström", "OFFICIAL", "EU"),
    ("Valdis Dombrovskis said", "Valdis Dombrovskis", "OFFICIAL", "EU"),
    ("Maros Sefcovic said", "Maros Sefcovic", "OFFICIAL", "EU"),
    ("Šefčovič said", "Šefčovič", "OFFICIAL", "EU"),
    ("Gina Raimondo said", "Gina Raimondo", "OFFICIAL", "USA"),
    ("Wilbur Ross said", "Wilbur Ross", "OFFICIAL", "USA"),
    ("Chrystia Freeland said", "Chrystia Freeland", "OFFICIAL", "CAN"),
    ("Piyush Goyal said", "Piyush Goyal", "OFFICIAL", "IND"),
    ("Liu He said", "Liu He", "OFFICIAL", "CHN"),
    ("Wang Wentao said", "Wang Wentao", "OFFICIAL", "CHN"),
    ("Ngozi Okonjo-Iweala said", "Ngozi Okonjo-Iweala", "OFFICIAL", "WTO"),
    ("Moon Jae-in said", "Moon Jae-in", "OFFICIAL", "KOR"),
    ("Lopez Obrador said", "Lopez Obrador", "OFFICIAL", "MEX"),
    ("Premier Li said", "Premier Li", "OFFICIAL", "CHN"),
    # titles
    ("the U.S. Trade Representative said", "U.S. Trade Representative", "TITLE", "USA"),
    ("USTR said", "USTR", "TITLE", "USA"),
    ("the Commerce Secretary said", "Commerce Secretary", "TITLE", "USA"),
    ("the commerce secretary said", "commerce secretary", "TITLE", "USA"),
    ("the EU Trade Commissioner said", "EU Trade Commissioner", "TITLE", "EU"),
    ("the trade commissioner said", "trade commissioner", "TITLE", "EU"),
    ("the Economy, Trade and Industry Minister said", "Economy, Trade and Industry Minister", "TITLE", "JPN"),
    ("the International Trade Secretary said", "International Trade Secretary", "TITLE", "GBR"),
    ("the Business and Trade Secretary said", "Business and Trade Secretary", "TITLE", "GBR"),
    ("the trade minister said", "trade minister", "TITLE", ""),
    ("the Commerce and Industry Minister said", "Commerce and Industry Minister", "TITLE", ""),
    ("China International Trade Representative Li", "China International Trade Representative", "TITLE", "CHN"),
    # place names that contain a country name but are no actor
    ("exports to Latin America", "Latin America", "REGION", ""),
    ("the North American Free Trade Agreement", "North American", "REGION", ""),
    ("pecans from New Mexico", "New Mexico", "REGION", ""),
    ("apples from Washington State", "Washington State", "REGION", ""),
    # a longer name that holds another body's name is its own body
    ("the International Trade Administration Commission said", "International Trade Administration Commission", "METONYM", "ZAF"),
    ("the U.S. International Trade Administration said", None, None, None),
    ("South Africa's DTIC said", None, None, None),
    # the GATT rounds named for places are the WTO's
    ("the Uruguay Round talks", "Uruguay Round", "METONYM", "WTO"),
    ("during the Uruguay round of trade talks", "Uruguay round", "METONYM", "WTO"),
    ("the Tokyo Round tariff cuts", "Tokyo Round", "METONYM", "WTO"),
    ("the Doha round stalled", "Doha round", "METONYM", "WTO"),
]


@pytest.mark.parametrize(("text", "span", "label", "code"), ACTOR_CASES)
def test_actor_phrase_gives_one_code(actors, text, span, label, code):
    found = matches(actors, text)
    if span is None:  # several actors: checked by their own cases
        assert len(found) >= 2, found
        return
    assert found == [(span, label, code)]


def test_headline_in_capitals(actors):
    assert matches(actors, "U.S. SLAPS TARIFFS ON CHINA") == [("U.S.", "COUNTRY", "USA"), ("CHINA", "COUNTRY", "CHN")]


@pytest.mark.parametrize(
    "text",
    [
        "let us know",
        "tell us more",
        "a turkey sandwich",
        "TURKEY PRICES SOAR",
        "on duty",
        "a china cabinet",
        "a hanging chad",
        "jordan",
        "a guinea pig",
        "polish the table",
        "New Jersey farmers",
        "in the end",
        "may rise",
        "a bargaining position",
        "the union said",
    ],
)
def test_should_not_match_actor(actors, text):
    """No country, official or institution (an unnamed authority, HOME, is resolved later or dropped)."""
    assert [m for m in matches(actors, text) if m[1] != "HOME"] == []


def test_capitalised_chad_is_a_country_by_design(actors):
    # Known limitation: case-sensitive patterns cannot tell the given name from the
    # country, so "Chad Bown" yields Chad/TCD; the components must discard a country
    # directly followed by a capitalised surname if that matters.
    assert matches(actors, "said Chad Bown") == [("Chad", "COUNTRY", "TCD")]


PRODUCT_CASES = [
    ("soyabeans", "soybean"),
    ("soyabean oil", "soybean oil"),
    ("soya meal", "soybean meal"),
    ("aluminium", "aluminum"),
    ("aluminum", "aluminum"),
    ("solar modules", "solar panel"),
    ("solar panels", "solar panel"),
    ("photovoltaic cells", "solar cell"),
    ("soybeans", "soybean"),
    ("soya beans", "soybean"),
    ("washing machines", "washing machine"),
    ("large residential washers", "washing machine"),
    ("passenger cars", "car"),
    ("autos", "car"),
    ("automobiles", "car"),
    ("auto parts", "auto part"),
    ("Scotch whisky", "whisky"),
    ("whiskeys", "whiskey"),
    ("bourbon", "bourbon"),
    ("rare earths", "rare earth"),
    ("rare-earth magnets", "rare earth magnet"),
    ("gallium", "gallium"),
    ("e-bikes", "e-bike"),
    ("bicycles", "bicycle"),
    ("lithium-ion batteries", "battery"),
    ("batteries", "battery"),
    ("EVs", "electric vehicle"),
    ("electric vehicles", "electric vehicle"),
    ("knives", "knife"),
    ("tyres", "tire"),
    ("softwood lumber", "softwood lumber"),
    ("lumber", "lumber"),
    ("farm products", "farm product"),
    ("agricultural goods", "agricultural product"),
    ("farm goods", "farm product"),
    ("olein", "olein"),
    ("palm kernel oil", "palm kernel oil"),
    ("agricultural imports", "agricultural product"),
    ("consumer goods", "consumer good"),
    ("LNG", "liquefied natural gas"),
    ("steel products", "steel"),
    ("fertiliser", "fertilizer"),
    ("tomatoes", "tomato"),
    ("jewellery", "jewelry"),
    ("orange juice", "orange juice"),
    ("peanut butter", "peanut butter"),
    ("cranberries", "cranberry"),
    ("motorcycles", "motorcycle"),
    ("computer chips", "semiconductor"),
    ("smartphones", "smartphone"),
    ("pork", "pork"),
    ("crude oil", "crude oil"),
    ("face masks", "face mask"),
    ("cellphones", "cellphone"),
    ("clothing", "clothing"),
    ("dairy products", "dairy product"),
    ("pork bellies", "pork belly"),
    ("nickel ore", "nickel ore"),
    ("petroleum products", "petroleum product"),
    ("alcohol", "alcohol"),
    ("stainless steel", "stainless steel"),
    ("hot-rolled coils", "hot-rolled coil"),
    ("galvanised steel", "galvanized steel"),
    ("reinforcing bars", "rebar"),
    ("aluminium sheet", "aluminum sheet"),
    ("frozen fries", "french fry"),
    ("French fries", "french fry"),
    ("chillies", "chili pepper"),
    ("turkey meat", "turkey meat"),
    ("sulphur", "sulfur"),
    ("nitrogen fertilisers", "nitrogen fertilizer"),
    ("optical fibre", "optical fiber"),
    ("truck tyres", "truck tire"),
    ("lithium-ion cells", "battery cell"),
    ("GPUs", "graphics processing unit"),
    ("EUV lithography machines", "euv lithography machine"),
    ("LEDs", "light-emitting diode"),
    ("cocoa beans", "cocoa"),
    ("mangoes", "mango"),
    ("steel derivative products", "steel derivative product"),
    # a different word for the goods is kept as written, not merged into a near-synonym
    ("mobile phones", "mobile phone"),
    ("steel nails", "steel nail"),
    ("garments", "garment"),
    ("alcoholic drinks", "alcoholic drink"),
    ("personal computers", "personal computer"),
    ("household appliances", "household appliance"),
    ("appliances", "appliance"),
    ("rapeseed", "rapeseed"),
    ("timber", "timber"),
    ("integrated circuits", "integrated circuit"),
    ("telecommunications equipment", "telecommunications equipment"),
    ("farm machinery", "farm machinery"),
    ("electronic devices", "electronic device"),
    ("dual-use goods", "dual-use good"),
    ("oil", "oil"),
    ("heavy plate", "heavy plate"),
]


@pytest.mark.parametrize(("text", "product"), PRODUCT_CASES)
def test_product_forms(products, text, product):
    assert [(label, id_) for _t, label, id_ in matches(products, f"tariffs on {text} rose")] == [("PRODUCT", product)]


@pytest.mark.parametrize("text", ["tariffs on goods", "talks led by Liu", "to iron out differences", "in a spirit of"])
def test_should_not_match_product(products, text):
    assert matches(products, text) == []


LEGAL_CASES = [
    ("under Section 232", "Section 232"),
    ("Section 232 of the Trade Expansion Act of 1962", "Section 232"),
    ("a section 301 investigation", "Section 301"),
    ("Section 301 of the Trade Act of 1974", "Section 301"),
    ("Super 301", "Super 301"),
    ("Section 201 safeguard", "Section 201"),
    ("Section 122 balance-of-payments tariffs", "Section 122"),
    ("Section 338 of the Tariff Act of 1930", "Section 338"),
    ("invoking IEEPA", "IEEPA"),
    ("the International Emergency Economic Powers Act", "IEEPA"),
    ("GATT Article XXI", "GATT Article XXI"),
    ("under Article XXI", "GATT Article XXI"),
    ("the national security exception of the GATT", "GATT Article XXI"),
    ("GATT Article XIX", "GATT Article XIX"),
]


@pytest.mark.parametrize(("text", "basis"), LEGAL_CASES)
def test_legal_basis(legal, text, basis):
    assert [id_ for _t, _l, id_ in matches(legal, text)] == [basis]


def test_officials_resolved_by_date(officials):
    assert gazetteer.pick_official(officials, "Premier Li", "2019-05-10")["name"] == "Li Keqiang"
    assert gazetteer.pick_official(officials, "Premier Li", "2024-01-02")["name"] == "Li Qiang"
    assert gazetteer.pick_official(officials, "Premier Li", None)["name"] == "Li Qiang"
    assert gazetteer.resolve_official(officials, "Lighthizer", "2030-01-01") == "USA"
    assert gazetteer.resolve_official(officials, "Lighthizer", None) == "USA"
    assert gazetteer.resolve_official(officials, "Nobody", "2019-01-01") is None


def test_resolver_switches_code_by_date():
    index = {
        "Smith": [
            {"name": "A", "code": "AAA", "valid_from": "2017-01-01", "valid_to": "2019-12-31"},
            {"name": "B", "code": "BBB", "valid_from": "2020-01-01", "valid_to": ""},
        ]
    }
    assert gazetteer.resolve_official(index, "Smith", "2018-06-01") == "AAA"
    assert gazetteer.resolve_official(index, "Smith", "2021-06-01") == "BBB"
    assert gazetteer.resolve_official(index, "Smith", "2015-01-01") == "BBB"
    assert gazetteer.resolve_official(index, "Smith", None) == "BBB"


def test_month_precision_dates_cover_the_month(officials):
    (row,) = officials["Kim Hyun-chong"]
    assert gazetteer.covers(row, "2019-02-20") and not gazetteer.covers(row, "2019-03-01")


def test_shared_official_aliases_never_overlap_in_time(officials):
    for alias, rows in officials.items():
        spans = sorted((r["valid_from"], r["valid_to"] or "9999") for r in rows)
        for (_s1, end), (start, _e2) in zip(spans, spans[1:]):
            assert end <= start, f"{alias!r} names two officials at once"


def test_pattern_keys_are_unique_across_tables():
    owners = defaultdict(set)
    for pattern in gazetteer.actor_patterns(MODELS):
        key = tuple(tuple(sorted(token.items())) for token in pattern["pattern"])
        owners[key].add((pattern["label"], pattern["id"]))
    clashes = {key: found for key, found in owners.items() if len(found) > 1}
    assert not clashes


def test_every_country_alias_and_demonym_names_one_row():
    rows = gazetteer.load_tsv(MODELS / "countries.tsv", gazetteer.COUNTRY_COLUMNS)
    owner = defaultdict(set)
    for row in rows:
        for form in gazetteer.split_bar(row["aliases"]) + gazetteer.split_bar(row["demonyms"]):
            owner[form].add(row["code"])
    assert {form: codes for form, codes in owner.items() if len(codes) > 1} == {}
    assert len(rows) == 251
    assert {"EU", "WTO", "USA", "COD", "COG"} <= {row["code"] for row in rows}
    assert sum(1 for row in rows if row["demonyms"]) >= 80


def test_every_product_form_names_one_product():
    owner = defaultdict(set)
    rows = gazetteer.load_products(MODELS)
    for row in rows:
        for form in gazetteer.product_forms(row):
            owner[form].add(row["product"])
    assert {form: found for form, found in owner.items() if len(found) > 1} == {}
    assert len(rows) >= 150


def test_table_sizes_and_references():
    codes = {row["code"] for row in gazetteer.load_tsv(MODELS / "countries.tsv", gazetteer.COUNTRY_COLUMNS)}
    metonyms = gazetteer.load_tsv(MODELS / "metonyms.tsv", gazetteer.METONYM_COLUMNS, key="name")
    officials = gazetteer.load_tsv(MODELS / "officials.tsv", gazetteer.OFFICIAL_COLUMNS)
    titles = gazetteer.load_tsv(MODELS / "titles.tsv", gazetteer.TITLE_COLUMNS)
    assert len({row["code"] for row in metonyms if row["kind"] == "capital"}) >= 60
    assert len(officials) >= 80
    assert {code for row in metonyms + officials for code in row["code"].split()} <= codes
    assert {row["code"] for row in titles} <= codes | {""}
    assert set(gazetteer.product_hs(MODELS)["steel"]) == {"72", "73"}


def test_patterns_use_only_blank_model_attributes():
    patterns = gazetteer.actor_patterns(MODELS) + gazetteer.product_patterns(MODELS) + gazetteer.legal_patterns(MODELS)
    attrs = {attr for pattern in patterns for token in pattern["pattern"] for attr in token}
    assert attrs <= {"ORTH", "LOWER", "TEXT"}


def test_eu_members():
    members = gazetteer.eu_members(MODELS)
    assert len(members) == 28
    assert members["GBR"] == ("1973-01-01", "2020-01-31")
    assert members["HRV"] == ("2013-07-01", None)
    assert sum(1 for _joined, left in members.values() if left is None) == 27


def test_countries_table_is_freshly_built():
    pytest.importorskip("pycountry", reason="pycountry is needed to rebuild models/countries.tsv")
    spec = importlib.util.spec_from_file_location("build_countries", ROOT / "scripts" / "build_countries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (MODELS / "countries.tsv").read_text(encoding="utf-8") == module.render(), (
        "models/countries.tsv is stale: run python scripts/build_countries.py"
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("product\tsynonyms\ths_chapters\nsteel\t\t72\n\tfoo\t72\n", "line 3: empty product"),
        ("product\tsynonyms\ths_chapters\nsteel\t\t72\nsteel\t\t73\n", "line 3: duplicate product"),
        ("product\tsynonyms\ths_chapters\nsteel\t72\n", "line 2: 2 fields, expected 3"),
        ("product\tsynonym\ths_chapters\nsteel\t\t72\n", "line 1: header"),
        ("product\tsynonyms\ths_chapters\nSteel\t\t72\n", "line 2: products and synonyms must be lower case"),
        ("product\tsynonyms\ths_chapters\nsteel\t\t7\n", "line 2: bad HS chapter"),
    ],
)
def test_malformed_tsv_names_file_and_line(tmp_path, content, problem):
    (tmp_path / "products.tsv").write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match="products.tsv " + problem):
        gazetteer.product_hs(tmp_path)


def test_blocs_stand_for_their_members(actors):
    assert matches(actors, "The EU and Mercosur sealed a deal.") == [("EU", "COUNTRY", "EU"), ("Mercosur", "METONYM", "ARG BRA PRY URY")]
    assert gazetteer.member_codes(["ARG BRA PRY URY", "EU", "BRA"]) == ["ARG", "BRA", "EU", "PRY", "URY"]


@pytest.mark.parametrize(("code", "problem"), [("ARG", "a bloc needs two or more member codes"), ("ARG Brazil", "bad code 'Brazil'")])
def test_malformed_bloc(tmp_path, code, problem):
    for name in ("countries.tsv", "titles.tsv", "officials.tsv", "products.tsv", "legal_bases.jsonl", "eu_members.tsv"):
        (tmp_path / name).write_text((MODELS / name).read_text(encoding="utf-8"), encoding="utf-8")
    header = "\t".join(gazetteer.METONYM_COLUMNS)
    (tmp_path / "metonyms.tsv").write_text(f"{header}\n{code}\tMercosur\tbloc\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=f"metonyms.tsv line 2: {problem}"):
        gazetteer.actor_patterns(tmp_path)


def test_malformed_official_dates(tmp_path):
    header = "\t".join(gazetteer.OFFICIAL_COLUMNS)
    (tmp_path / "officials.tsv").write_text(f"{header}\nA B\tUSA\tx\t2019/01/01\t\tA B\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"officials.tsv line 2: bad date"):
        gazetteer.official_index(tmp_path)


def test_malformed_legal_basis(tmp_path):
    (tmp_path / "legal_bases.jsonl").write_text(
        '{"label": "LEGAL_BASIS", "pattern": [{"LOWER": "ieepa"}], "id": "IEEPA"}\n'
        '{"label": "LEGAL_BASIS", "pattern": [{"LEMMA": "section"}], "id": "x"}\n',
        encoding="utf-8",
    )
    with pytest.raises(ResourceError, match=r"legal_bases.jsonl line 2: token attributes"):
        gazetteer.legal_patterns(tmp_path)


def test_dateline_places_cover_capitals_and_listed_cities(models_dir):
    from extractor.gazetteer import dateline_places
    places = dateline_places(models_dir)
    assert places["NEW DELHI"] == "IND" and places["MUMBAI"] == "IND" and places["BRUSSELS"] == "EU"


def test_home_patterns_add_a_sentence_start_form(models_dir):
    from extractor.gazetteer import HOME, _tokenizer, home_patterns
    patterns = home_patterns(models_dir, _tokenizer())
    texts = {" ".join(t["ORTH"] for t in p["pattern"]) for p in patterns}
    assert {"government", "Government", "Centre", "cabinet", "Cabinet"} <= texts and all(p["id"] == HOME for p in patterns)
