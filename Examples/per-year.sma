# Rates a year at a time, in one statement.
# If CPI is 2% in 2026 and 6% in 2027, what is 2029?
project 2029 under agreement 12 with cpi 2026: 2%, 2027: 6%
project 2027..2029 with growth 2027: 3%, 2028: 4%, 2029: 2%
compare under agreement 12 with cpi 2026: 2%, 2027: 6%, under agreement 12 with cpi 2% for 2028..2029
explain project 2028 under agreement 12 with cpi 2026: 2.5%
simulate 2029 under agreement 12 with cpi 2026: 2%, 2027: normal(3%, 1%) trials 1000 seed 1
