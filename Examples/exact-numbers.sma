# Exact numbers: each result is exact, or the exact result rounded half-up at its last kept
# place (24 places at most, 38 digits in all). Tables show 12 places; JSON shows every one.
(1/3) * (1/3)
296260 / 490499842833570779.85864488453820204426
85070591730234615865843651857942052864 / 5
1.5 ^ 100
(1/3) ^ -2
0.5 ^ 10000
2 ^ -3
# Money is rounded once, to the won: 1억 × 4.5% is 450만 exactly
1억 * 4.5%
1조 / 3
simulate 2049 with growth 100% trials 1 seed 1
project 2049 with growth 100%
simulate 2030 under agreement 12 with cpi 200000000000000000000% trials 10 seed 1
project 2030 under agreement 12 with cpi 200000000000000000000%
