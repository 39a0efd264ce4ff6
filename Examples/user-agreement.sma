# A user-defined 13th agreement projects from its own rule.
define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5% summary "a hypothetical 13th SMA"
agreement 13
project 2031..2035 under agreement 13 with cpi 3%
project 2031..2035 under agreement 13 with cpi 7%    # the cap binds every year

# A fixed-rate agreement, like the 3rd SMA's +10%:
define agreement 14 years 2036..2038 base 2조 rule fixed 4%
project 2036..2038 under agreement 14
