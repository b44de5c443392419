#!/bin/sh
# print the lines of the prior READMEs that name both people: pairs_in_priors.sh NAME1 NAME2
grep -n -i -- "$1" /work/blind36/prior/*.md /work/blind36/blindset/README.md | grep -i -- "$2" | cut -c1-400
