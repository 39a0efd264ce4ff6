define agreement 13 years 2031..2035 rule fixed
define agreement 13 years 2031..2035 rule cpi cap 5%
define agreement 13 years 2031..2035 rule cpi-growth lag 2
define agreement 13 years 2031..2035 rule cpi lag 99
define agreement 13 years 2031..2035 rule cpi lag 2 cap 5
define contribution 2031 = 1조 { agreement 12 rate 3% part 1% "budget" part 1% "labour" }
