# Monte Carlo: the range of outcomes and the odds. Fixed seeds make the numbers repeatable.
simulate 2030 with growth normal(4%, 1.5%) trials 100000 seed 7
simulate 2027..2030 under agreement 12 with cpi normal(2%, 0.8%) trials 100000 seed 1
simulate 2030 with growth historical(2009..2025) trials 50000 seed 3
simulate 2030 with growth uniform(2%, 6%) above 1조 7000억 trials 50000 seed 4
simulate 2030 with growth triangular(1%, 3%, 6%) trials 50000 seed 5

# A zero spread gives exactly the projection:
simulate 2030 with growth normal(4%, 0%) trials 1000 seed 1
project 2030 with growth 4%

# The cap binds on every path when CPI is always high:
simulate 2028..2030 under agreement 12 with cpi normal(9%, 0.5%) trials 10000 seed 2
project 2028..2030 under agreement 12 with cpi 9%

chart simulate 2027..2030 under agreement 12 with cpi normal(2%, 1%) trials 20000 seed 5

# Every index the years need is recorded: nothing is drawn, every trial is the projection.
simulate 2027 under agreement 12 trials 100 seed 1

# Found by the fuzzer: when a year's product with the rate leaves 64 bits though the amount
# fits, it is computed in 128 bits, as `project` computes it.
simulate 2035 with growth normal(2776%, 0%) trials 3 seed 1
project 2035 with growth 2776%
