# sma: --format json --notes
# JSON Lines with --notes: a single value that has notes becomes {"value": ..., "notes": [...]};
# a value without notes stays bare; tables carry their notes as always.
contribution 2021
1 + 2
project 2027 under agreement 12 with cpi 2.1%
contribution 2021 in usd
contributions 2025..2026
