#!/usr/bin/env sma
# Every query of the language, once. Run: sma Examples/queries.sma

agreements
agreement 11
rounds 12
contribution 2021
contributions 2019..2026
growth 2021
project 2026 with growth 4.5%
project 2027..2030 with growth 3%
project 2030 with growth 3% from 2021
let g = 4.5%
let base = contribution 2025
base * (1 + g)
