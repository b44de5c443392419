#!/bin/sh
# Which prior READMEs name both people of a pair: sh pairs_in_priors.sh "Merz" "Stocker"
# (run before writing, for every pair told in part B; then read the hits by hand for the dates)
P=/work/blind51/prior
grep -il -- "$1" "$P"/*.md | xargs -r grep -il -- "$2" | while read -r f; do
  echo "== $(basename "$f")"; grep -i -- "$1" "$f" | grep -i -- "$2" | cut -c1-300
done
