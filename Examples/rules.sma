#!/usr/bin/env sma
# How the money is decided: every rule-based year recomputed from its rule and the indices.
verify

# One agreement at a time:
verify agreement 11

# The 12th SMA's own rule: CPI of two years before, capped at 5%.
project 2027 under agreement 12
project 2027..2030 under agreement 12 with cpi 2.1%
project 2028 under agreement 12 with cpi 6%          # the cap binds

# Assumptions for the session: CPI of 2026 and 2027.
set cpi 2026 = 2.4%
set cpi 2027 = 1.9%
project 2027..2029 under agreement 12 with cpi 2%

# What-ifs on history: had 2013's CPI been 1.0%, 2015 would not match.
set cpi 2013 = 1.0%
verify agreement 9
