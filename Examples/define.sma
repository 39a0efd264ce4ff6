# Extending the record in a session: a hypothetical 13th agreement.
define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5% summary "a what-if"
define contribution 2031 = 1조 6000억 { agreement 13 basis negotiated note "hypothetical" }
agreement 13
contribution 2031
project 2032..2035 with growth 2.5%

# A fixed rate may fall, and an agreement may be in dollars: each year is rounded to its
# currency's unit.
define agreement 14 years 2036..2040 base 1조 rule fixed -3%
project 2037 under agreement 14
define agreement 15 years 2041..2045 base $1,000 million rule fixed 3%
project 2042 under agreement 15
