# The defense budget and the record's sources.
budget 2026
budget 2017..2026
contribution 2026 / budget 2026
source MOFA-12
sources | count
