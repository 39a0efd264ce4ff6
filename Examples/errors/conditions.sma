# Comparisons need one unit; conditions need true or false.
contribution 2021 > 5
contribution 2004 > contribution 2005
growth 2021 > 5
contribution 2021 < contribution 2020 < 1조
1 and true
not 5
assert contribution 2021 < contribution 2020
assert 5
"a" contains 1
true < false
"Seoul" < 5
2024-01-01 > 3
