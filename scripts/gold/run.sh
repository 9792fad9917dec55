#!/bin/sh
# usage: scripts/gold/run.sh SUBDIR NAME LANG YEAR  -- propose (once), then build and check one gold file.
set -e
sub=$1; name=$2; lang=$3; year=$4
here=$(dirname "$0")
doc=/work/shared/corpora/$sub/$name.txt
mkdir -p /tmp/gold/lst
prop=/tmp/gold/$name.prop.jsonl
[ -f "$prop" ] || python "$here/propose.py" "$doc" "$lang" "$year" "$prop" > "/tmp/gold/lst/$name.lst"
ed="$here/edits/$name.edits"
[ -f "$ed" ] || exit 0
hdr=/tmp/gold/$name.header.json
printf '{"type": "header", "lang": "%s", "types": ["date", "figure"], "source": "%s", "document": "../../../../shared/corpora/%s/%s.txt"}\n' \
  "$lang" "shared/corpora/$sub/$name.txt, dates and figures annotated by hand (docanalyze issue 4)" "$sub" "$name" > "$hdr"
out=/work/main/corpora/gold/$sub/$name.dates-figures.gold.jsonl
mkdir -p "$(dirname "$out")" /tmp/gold/lst
python "$here/build.py" "$doc" "$prop" "$ed" "$hdr" "$out"
python /work/shared/corpora/check_gold.py "$out"
