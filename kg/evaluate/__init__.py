"""Scoring a built graph against a hand annotation (the same figures as the shared scorer)."""
