# sma: --format json
# Pipelines in JSON: booleans are JSON booleans; an aggregate is a single value.
contributions 2019..2022 | derive frozen = change == 0% | select year, amount, frozen
contributions 2020..2025 | sum amount
contribution 2021 > contribution 2020
