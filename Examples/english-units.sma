# sma: --units en --width 60
# English units, in a 60-column terminal: every figure in ₩/$ with scale words, charts and
# notes fitted to the width.
contribution 2021
contributions 2024..2026
set budget-growth 2023 = 9%
verify agreement 11
chart contributions 2019..2026
project 2028 under agreement 12 with cpi 6%
contribution 2021 in usd
