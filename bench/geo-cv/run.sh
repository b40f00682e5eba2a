#!/bin/bash
# 5-fold cross-validation of `eval geo` on the train split of an ACLED file (docs/geo.md, "Measuring").
# Each fold gets a gazetteer built without its rows; the folds are pooled weighted by rows.
# Usage: bench/geo-cv/run.sh [ACLED.csv] [GEONAMES_DIR] [WORK_DIR] [UCDP.arrow]   (run from the repository root)
# UCDP is passed as for the shipped gazetteer, so each fold differs from it only by the held-back rows.
set -euo pipefail
acled=${1:-../shared/data/acled/acled_dev_2020_global_me.csv}
geonames=${2:-../shared/data/geonames}
work=${3:-$(mktemp -d)}
ucdp=${4:-../shared/data/ucdp_aec/train.arrow}
acled=$(realpath "$acled"); geonames=$(realpath "$geonames"); ucdp=$(realpath "$ucdp")
dotnet build src/Sitrep.Cli -c Release > /dev/null
sitrep() { dotnet run -c Release --no-build --project src/Sitrep.Cli -- "$@"; }
for k in 0 1 2 3 4; do
  fold=$work/fold$k
  rm -rf "$fold"; mkdir -p "$fold/geo"
  for dir in data/*/; do [ "$(basename "$dir")" = geo ] || cp -r "$dir" "$fold/"; done
  cp data/geo/*.tsv data/geo/*.txt "$fold/geo/" 2>/dev/null || true
  sitrep build gazetteer --source "$geonames" --acled "$acled" --ucdp "$ucdp" --without-validation --fold $k --out "$fold/geo" > /dev/null
  SITREP_DATA=$fold sitrep eval geo "$acled" --split validation --fold $k --json | tail -1 > "$fold/score.json"
  echo "fold $k: $(cat "$fold/score.json")"
done
cat "$work"/fold*/score.json | jq -s '
  . as $folds | (map(.rows) | add) as $n
  | reduce ("within_5km","within_25km","within_100km","admin1","country") as $k
      ({rows: $n}; .[$k] = (($folds | map(.[$k] * .rows) | add) / $n * 10000 | round / 10000))' \
  -c | sed 's/^/pooled: /'
