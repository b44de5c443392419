"""kg.write.callnet: which leaders a picture shows, what it counts, and finding a leader by name."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.write.callnet import LeaderCall, find_leader, rank_leaders, select_network

LABELS = {"a": "Alpha", "b": "Beta", "c": "Gamma", "d": "Delta", "e": "Epsilon"}
# a: 4 calls, b: 3, c: 2, d: 2, e: 1; d has two partners, c one
CALLS = [
    LeaderCall("1", None, ("a", "b")),
    LeaderCall("2", None, ("a", "b")),
    LeaderCall("3", None, ("a", "b", "c")),
    LeaderCall("4", None, ("a", "d")),
    LeaderCall("5", None, ("d", "e")),
    LeaderCall("6", None, ("a", "c")),
]


def test_everything_by_default():
    net = select_network(CALLS, LABELS)
    assert net.calls == 6 and net.total_leaders == net.candidates == 5
    assert net.calls_per_leader == {"a": 5, "b": 3, "c": 2, "d": 2, "e": 1}
    assert net.calls_per_pair == {("a", "b"): 3, ("a", "c"): 2, ("b", "c"): 1, ("a", "d"): 1, ("d", "e"): 1}
    assert list(net.labels) == ["a", "b", "c", "d", "e"]


def test_rank_by_calls_then_partners_then_name():
    assert rank_leaders(CALLS, LABELS) == ["a", "b", "d", "c", "e"]  # d and c: 2 calls; d 2 partners


def test_top_keeps_the_most_connected_and_their_calls_only():
    net = select_network(CALLS, LABELS, top=3)
    assert list(net.labels) == ["a", "b", "d"]
    # a leader's count stays all of their calls; edges and drawn calls only among those shown
    assert net.calls_per_leader == {"a": 5, "b": 3, "d": 2}
    assert net.calls_per_pair == {("a", "b"): 3, ("a", "d"): 1}
    assert net.calls == 4 and net.candidates == 5
    assert select_network(CALLS, LABELS, top=0) == select_network(CALLS, LABELS)


def test_a_leaders_neighbourhood():
    net = select_network(CALLS, LABELS, leader="d")
    assert list(net.labels) == ["a", "d", "e"] and net.focus == "d"
    assert net.calls_per_pair == {("a", "d"): 1, ("d", "e"): 1}
    assert net.candidates == 3 and net.total_leaders == 5
    # the calls among the partners count too: c's neighbours are a and b, who spoke
    assert select_network(CALLS, LABELS, leader="c").calls_per_pair[("a", "b")] == 3
    # --top keeps the focus leader even when others have more calls
    assert list(select_network(CALLS, LABELS, leader="e", top=1).labels) == ["e"]
    with pytest.raises(InputError, match="has no call in the selection"):
        select_network(CALLS, LABELS, leader="z")


def test_nothing_in_nothing_out():
    net = select_network([], LABELS, top=5)
    assert (net.labels, net.calls, net.calls_per_pair, net.total_leaders) == ({}, 0, {}, 0)


NAMES = {
    "lula": ["Luiz Inácio Lula da Silva", "Lula"],
    "putin": ["Vladimir Putin"],
    "sanchez": ["Pedro Sánchez"],
    "sanchez2": ["Pedro Sánchez Jr"],
    "silva": ["Marina Silva"],
}


@pytest.mark.parametrize(
    "name, iri",
    [
        ("Lula", "lula"),
        ("LUIZ INÁCIO LULA DA SILVA", "lula"),
        ("luiz inacio lula da silva", "lula"),
        ("putin", "putin"),  # a whole word of one name
        ("  Vladimir   Putin ", "putin"),
        ("Pedro Sanchez", "sanchez"),  # a whole name beats a longer one that holds it
        ("Marina", "silva"),
    ],
)
def test_find_leader(name, iri):
    assert find_leader(name, NAMES) == iri


def test_find_leader_says_what_is_wrong():
    with pytest.raises(InputError, match="names several leaders: Luiz Inácio Lula da Silva, Marina Silva"):
        find_leader("silva", NAMES)
    with pytest.raises(InputError, match="did you mean Vladimir Putin"):
        find_leader("vlad", NAMES)
    with pytest.raises(InputError, match="did you mean Vladimir Putin"):
        find_leader("Vladimir Puttin", NAMES)
    with pytest.raises(InputError, match="no leader with a call in the selection goes by that name"):
        find_leader("Xi", NAMES)
    with pytest.raises(InputError, match="needs a name"):
        find_leader("  ", NAMES)
