# How the agreements were negotiated: rounds, chiefs, dates, votes and the timeline.
rounds 11
rounds | count
rounds | group agreement | count
negotiators 11
negotiators 9
agreement 12
events 2020
events agreement 11 | where kind == "walk-out" | select date, event
# Disputes in plain sight
contribution 2004
contribution 1999
contributions 1998..2002
contributions 2022..2027
verify agreement 11
# Published precision, and the year the rule settles
cpi 2011
cpi 2000..2026
contribution 2027
explain contribution 2027
