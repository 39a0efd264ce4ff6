# `set`, `unset` and `reset` in a script: what a result used is noted.
set cpi 2026 = 6%
project 2028 under agreement 12
simulate 2028 under agreement 12 trials 1000 seed 1
unset cpi 2026
project 2028 under agreement 12 with cpi 2%
let x = 5
set rate 2026 = 1,450
reset
contribution 2026 in usd at 1,450
