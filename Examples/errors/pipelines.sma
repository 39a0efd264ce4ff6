# Each error of a pipeline, at its place; the statements after it still run.
contributions | where chnage > 5%
contributions | sort amont
contributions 2020..2025 | take -1
contributions | sum agreement
contributions | where amount
1 + 2 | sum amount
contributions 2020..2021 | group agreement
contributions 2020..2021 | count | take 1
contributions | filter change > 5%
contributions 2020..2021 | derive amount = 1
contributions | select year, year
contributions 1991..2026 | sum amount
contributions where change > 5%
contribution 2021
