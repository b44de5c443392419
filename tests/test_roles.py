"""kg.extract.roles: which people a minister's portfolio names."""

from __future__ import annotations

import pytest

from kg.extract.roles import holds_portfolio, minister_roles


@pytest.mark.parametrize("role, holds", [
    ("Foreign Minister", True),
    ("Minister of External Affairs", True),
    ("Secretary of State", True),  # a "top diplomat" in Washington
    ("Deputy Foreign Minister", False),
    ("Former Foreign Minister", False),
    ("Foreign Ministry spokeswoman", False),
    ("Foreign Affairs Committee chair", False),  # no minister's title
    ("Defence Minister", False),
    (None, False),
])
def test_a_top_diplomat_is_a_serving_minister_of_that_portfolio(role, holds):
    assert holds_portfolio(role, minister_roles()["top diplomat"]) is holds


def test_every_portfolio_names_its_own_minister():
    for phrase, words in minister_roles().items():
        assert holds_portfolio(f"{words[0].title()} Minister", words), phrase


@pytest.mark.parametrize("role, holds", [("Ex-Foreign Minister", False), ("Then-foreign minister", False),
                                         ("Minister for External Affairs", True)])
def test_the_words_of_a_role_are_whole_words(role, holds):
    assert holds_portfolio(role, minister_roles()["foreign minister"]) is holds


@pytest.mark.parametrize("role, holds", [
    # two offices joined: the second is a portfolio of its own, whatever the first's deputy says
    ("Deputy Prime Minister and Foreign Minister", True),
    ("Foreign Minister and Deputy Prime Minister", True),
    ("Foreign Minister and former Prime Minister", True),
    # a former holder of both holds neither; a deputy of the portfolio itself is no minister of it
    ("Former Deputy Prime Minister and Foreign Minister", False),
    ("Deputy Prime Minister and Deputy Foreign Minister", False),
    ("Deputy Prime Minister and Trade Minister", False),
])
def test_a_title_of_two_offices_holds_the_portfolio_of_either(role, holds):
    assert holds_portfolio(role, minister_roles()["foreign minister"]) is holds
