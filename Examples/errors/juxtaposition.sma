contribution 2021 2022
1 2
