# Functions, comparisons and assertions.
let share(y) = contribution y / budget y
share(2026)
share(2017)
let grown(amount, rate, years) = amount * (1 + rate) ^ years
grown(1조 5192억, 3%, 4)
# Comparisons give true or false.
contribution 2021 > contribution 2020
growth 2021 >= 10% and not (contribution 2021 > 2조)
"Washington, D.C." contains "D.C."
# An assertion that holds prints nothing.
assert contribution 2026 == 1조 5192억
assert share(2026) < 0.03
