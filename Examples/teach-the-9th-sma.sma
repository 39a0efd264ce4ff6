#!/usr/bin/env sma
# Teaching one agreement from start to end: the 9th SMA (2014–2018).

# 1. The agreement: signed in February 2014 after ten rounds; five years; CPI-linked, 4% cap.
agreement 9

# 2. Its first year was negotiated: 9,200억 원, described as +5.8% on 2013.
explain contribution 2014

# 3. Each later year: the previous amount × (1 + CPI of two years before), capped at 4%,
#    rounded half-up to 1억 원. 2015 used 2013's CPI of 1.3%:
explain contribution 2015

# 4. Why two years before? With last year's CPI (2015: 0.7%) 2016 would be 9,385억, not 9,441억:
project 2016 with growth 0.7% from 2015
project 2016 with growth 1.3% from 2015

# 5. All five years, recomputed from the rule:
verify agreement 9

# 6. Over the five years, the amount grew this much:
contribution 2018 - contribution 2014
contribution 2018 / contribution 2014 - 1
chart contributions 2013..2019
