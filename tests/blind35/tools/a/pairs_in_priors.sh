#!/bin/sh
# usage: pairs_in_priors.sh NAME1 NAME2 : lines of the prior READMEs that name both
cd /work/blind35/prior && grep -h -i -- "$1" *.md | grep -i -- "$2" | cut -c1-400
