#!/bin/sh
# print lines of the prior READMEs (and the blindset's) that name both people: pairs_in_priors.sh NAME1 NAME2
cd "$(dirname "$0")/../../prior" || exit 1
grep -n -i -- "$1" *.md ../blindset/README.md | grep -i -- "$2"
