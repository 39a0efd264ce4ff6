1 / 0
contribution 2021 / 0
