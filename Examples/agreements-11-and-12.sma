#!/usr/bin/env sma
# A walkthrough of the 11th and 12th Special Measures Agreements.

# The 11th SMA (2020–2025) was signed in April 2021, after 2020 had passed without an agreement.
agreement 11

# 2020 stayed at the 2019 level; 2021 rose 13.9%: 7.4% defense-budget growth plus 6.5% for labour.
growth 2020
growth 2021
contribution 2020 * (1 + 7.4% + 6.5%)

# From 2022 each year grew with the previous year's defense budget (original budget, to 0.1 point).
growth 2022; growth 2023; growth 2024; growth 2025

# The 12th SMA was negotiated in eight rounds in 2024, a year before the 11th expired.
rounds 12
agreement 12

# 2026 was negotiated: +8.3% on 2025.
contribution 2026
contribution 2026 - contribution 2025
growth 2026

# From 2027 the 12th SMA grows with CPI of two years before, capped at 5%.
# 2025 CPI was 2.1%, so 2027 would be:
project 2027 with growth 2.1%
