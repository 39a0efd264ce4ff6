# The unit rules: exact decimals, percents as fractions, money kept to the whole won.
1 + 4.5%
2% + 1%
4.5% * 2
10% * 10%
1 / 3
0.1 + 0.2
(1 + 3%) ^ 4
-5%

let a = contribution 2025
a + 100억
a * 2
a * 1.5%
a / 3
a / contribution 2024
contribution 2026 / contribution 2025 - 1
-a
ans * -1
