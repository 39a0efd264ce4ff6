project 2028 under agreement 12
project 2027 under agreement 10
project 2027 under agreement 4
project 2027 with growth 3% under agreement 12
project 2027 with cpi 2%
project 2028 under agreement 12 with cpi 2
set cpi 2026 = 0.024
set inflation 2026 = 2%
compare growth 3% growth 5% for 2027..2030
tour 99
explain agreements
chart agreement 12
