# sma: --format json
# JSON Lines: one document a result. Money is integer won, percents are percent points; a table
# carries its notes, a simulation its seed; a single value is bare.
contribution 2021
contributions 2024..2026
project 2027..2028 under agreement 12 with cpi 2%
simulate 2030 with growth normal(4%, 1%) trials 1000 seed 7
agreement 12
contribution 2001 in krw
