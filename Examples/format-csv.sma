# sma: --format csv
# CSV: a header row, money as integer won, a currency column where dollars and won meet.
contributions 2003..2006
project 2027..2028 with growth 3%
breakdown 2018
