"""Name keys, near spellings and the gazetteer's name index (kg.extract.names)."""

from __future__ import annotations

import pytest

from kg.extract.names import close, name_index, name_key
from kg.resources import load_gazetteer


@pytest.fixture(scope="module")
def index():
    return name_index(load_gazetteer())


def test_a_name_key_folds_case_accents_initials_and_transliterations():
    assert name_key("John F. Kerry") == name_key("john kerry")
    assert name_key("Muhammad Amar") == name_key("Mohammed Amar")
    assert name_key("Ilse Várga") == name_key("ILSE VARGA")


@pytest.mark.parametrize("a, b, near", [
    ("zelensky", "zelenskyi", True),
    ("zelensky", "zelenksy", True),  # two letters swapped
    ("ali", "aly", False),  # too short to guess
    ("varga", "dulek", False),
])
def test_close_surnames(a, b, near):
    assert close(a, b) is near


def test_a_near_spelling_finds_the_one_gazetteer_person(index):
    assert index.find("Volodymyr Zelenskyi").name == "Volodymyr Zelensky"


def test_a_middle_name_of_another_is_another_person(index):
    # the gazetteer's Mohamed Irfaan Ali shares the first name and the surname, not the middle name
    assert index.find("Mohamed Irfaan Ali").name == "Irfaan Ali"
    assert index.find("Mohamed Azmin Ali") is None


def test_a_name_written_without_its_suffix_is_the_known_person_s(index):
    assert index.find("Ferdinand Romualdez Marcos").id == "ferdinand-marcos-jr"
    assert index.find("Ferdinand Marcos").id == "ferdinand-marcos-jr"


def test_a_name_without_a_suffix_never_hides_another_s_full_name(index):
    assert index.find("Donald Trumpp").id == "donald-trump"  # not also "Donald Trump Jr." without his suffix


def test_a_first_name_spelt_another_way_too_finds_the_one_gazetteer_person(index):
    # a transliteration may change both names a letter or two ("-iyan" for "-ijan", "ts" for "c")
    assert index.find("Hristiyan Mitskoski").id == "hristijan-mickoski"
    assert index.find("Gjorgje Ivanov").id == "gjorge-ivanov"


def test_two_given_names_of_their_own_are_not_one_spelt_two_ways(index):
    # "Maria" is a given name as "Mario" is: another person, not Mario Draghi misspelt; "Ivana"
    # and "Ivanka" differ in a letter no transliteration trades
    assert index.find("Maria Draghi") is None
    assert index.find("Ivana Trump") is None and index.find("Christine Stocker") is None
    assert index.find("Mario Draghy").id == "mario-draghi"


def test_a_k_written_c_is_one_given_name_even_when_both_are_names_of_their_own(index):
    # "Nicos" and "Nikos" are both in the given names; a "k" written "c" is one name transliterated
    assert index.find("Nicos Christodoulides").id == "nikos-christodoulides"
    # (not at the first letter: "Carol" and "Karol" are names of their own of other people)
    from kg.resources import load_given_names
    from kg.spelling import given_variants
    given = frozenset(n.lower() for n in load_given_names())
    assert given_variants("nicos", "nikos", given) and not given_variants("carol", "karol", given)


def test_letters_no_decomposition_splits_are_written_as_in_ascii():
    from kg.extract.mentions import norm_name
    from kg.extract.prefilter import _fold
    from kg.rdf.ids import slugify
    from kg.spelling import ascii_name, unaccented
    assert ascii_name("Þorgerður Gunnarsdóttir") == "Thorgerdur Gunnarsdottir"
    assert unaccented("Støre") == "Støre"  # (accents only: the spellings a one-word alias takes)
    for name in ("Þorgerður Gunnarsdóttir", "Jonas Gahr Støre", "Łukasz Wałęsa", "Đorđe Kalın"):
        assert _fold(name) == norm_name(name)  # the prefilter's fold is the key form
    assert norm_name("Jonas Gahr Støre") == norm_name("Jonas Gahr Store") == "jonas gahr store"
    assert norm_name("Łukasz Wałęsa") == "lukasz walesa"
    assert slugify("Þorgerður Katrín") == "thorgerdur-katrin"
