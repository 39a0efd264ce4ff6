# Pipelines: a table, then stages after `|`.
# What did Korea pay under the 11th SMA?
contributions 2020..2025 | sum amount
# Which year since 2005 grew most?
contributions 2005..2026 | sort change desc | take 3
# Where were the 12th SMA's rounds held?
rounds 12 | where city == "Seoul" | count
rounds 12 | group city | count
rounds | group agreement | count
# Breakdowns of several years are one table.
breakdown 2014..2026 | where category == "labour" | select year, amount, share
# The mean and the median amount of the 9th SMA.
contributions 2014..2018 | mean amount
contributions 2014..2018 | median amount
# Totals by agreement, and the smallest and largest change.
contributions 2005..2026 | group agreement | sum amount
contributions 2005..2026 | min change
contributions 2005..2026 | max change
# A column computed for each row, and only some columns kept.
contributions 2019..2026 | derive above_1jo = amount > 1조 | select year, amount, above_1jo
# An agreement cell compares as its number; sort by two columns.
contributions 1991..2026 | where agreement >= 10 and change != 0% | sort agreement desc, year | select year, agreement, change
# A table in a variable is a source too; empty cells are left out of a condition.
let t = contributions 1991..1994
t | where change > 15%
# Other tables: a projection, a comparison, the sources.
project 2027..2030 under agreement 12 with cpi 2% | where amount > 1조 6000억
compare growth 3%, growth 5% for 2027..2030 | where year >= 2029 | sum growth_3_pct
sources | where text contains "mofa.go.kr" | select key, address
# A table in dollars: each row at its own year's average rate.
contributions 2004..2005 in usd
# A statement continues after `|`, an operator, or `and`, `or`, `not`, `contains` at a line's end.
contributions 2019..2026 | where year > 2020 and
  year < 2023 |
  count
