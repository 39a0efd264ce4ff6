# Extending the record in a session: a hypothetical 13th agreement.
define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5% summary "a what-if"
define contribution 2031 = 1조 6000억 { agreement 13 basis negotiated note "hypothetical" }
agreement 13
contribution 2031
project 2032..2035 with growth 2.5%
