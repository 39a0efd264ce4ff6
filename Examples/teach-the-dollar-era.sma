#!/usr/bin/env sma
# Teaching the dollar era: the 3rd, 4th and 5th SMAs (1996–2004), when Korea's share was
# agreed in dollars. Each figure says where it comes from (stated, by the rule, or the white
# paper's chart); every dollar year has a won equivalent.

# 1. Fourteen years in dollars, with where each figure comes from and its won equivalent:
contributions 1991..2004

# 2. The 3rd SMA fixed +10% a year at once. 1997 and 1998 follow from 1996's $330 million:
agreement 3
explain contribution 1998

# 3. The 4th SMA grew by an index (real GNP growth + CPI) whose inputs the record cannot
#    source: 2000 and 2001 are the white paper's rounded figures, and cannot be checked.
explain contribution 2000

# 4. The 5th SMA: previous year × (1 + 8.8% + CPI of two years before). 2003 used 2001's CPI:
cpi 2001..2002
explain contribution 2003

# 5. Every year with a rule, recomputed in dollars beside the won years:
verify agreement 3
verify agreement 5

# 6. What a dollar was worth in won: the won equivalents use these annual averages where no
#    figure was published at the time.
rate 1996..2004
contribution 1998

# 7. The change to won in 2005: growth compares the won equivalents across the change.
growth 2005
chart contributions 1996..2006
