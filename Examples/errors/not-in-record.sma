contribution 1980
contribution 2028
contribution 2019..2021
growth 1991
agreement 13
rounds 5
