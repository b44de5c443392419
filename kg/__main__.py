"""``python -m kg`` runs the command-line tool."""

from kg.cli import main

main()
