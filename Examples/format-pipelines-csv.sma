# sma: --format csv
# Pipelines in CSV: a derived column of true and false, a grouped table.
contributions 2019..2022 | derive frozen = change == 0% | select year, amount, frozen
contributions 2005..2026 | group agreement | count
