#!/bin/sh
# Rebuild and check every dates/figures gold file from the proposals and the annotator's edits files.
# The year is the one the proposals were made with (it only fills the year of day-month proposals).
set -e
here=$(dirname "$0")
mkdir -p /tmp/gold/lst
while read -r sub name lang year; do
  "$here/run.sh" "$sub" "$name" "$lang" "$year"
done <<'LIST'
dev undocumented-migrants-belgium.en en 2025
dev arizona-agreement-analysis.en en 2025
dev aida-be-national-protection.en en 2024
dev integration-governance-belgium.en en 2024
dev cire-annual-report-services.fr fr 2024
real kamer-criv56-com032-opvang-gesloten-centra.nl nl 2024
real kamer-criv56-com237-terugkeer-opvang.nl nl 2025
real kamer-criv56-ip062-gezinshereniging-debat.nl nl 2025
real kamer-criv56-ip059-opvangwet-debat.nl nl 2025
real juportal-fiches-vreemdelingenwet.nl nl 2024
real kamer-criv56-com156-asile-accueil.fr fr 2025
real kamer-criv56-ip059-loi-accueil-debat.fr fr 2025
real juportal-fiches-loi-etrangers.fr fr 2024
LIST
