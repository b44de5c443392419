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
