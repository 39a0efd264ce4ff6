define agreement 13 years 2031..2035 rule cpi
define agrement 14
define agreement 14 years 2036..2040 bse 1조
define contribution 2040 = 5%
define agreement 12 years 2026..2030
