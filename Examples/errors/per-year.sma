# Per-year assumptions: a year twice, a year the projection does not use, a missing year.
project 2029 under agreement 12 with cpi 2026: 2%, 2026: 6%
project 2029 under agreement 12 with cpi 2026: 2%, 2027: 6%, 2031: 1%
project 2029 with growth 2027: 3%
project 2029 with growth 2027: 3%, 2028: -150%
project 2029 with cpi 2026: 2%
