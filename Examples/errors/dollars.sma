contribution 2026 in usd
1조 in usd
"text" in usd at 1400
contribution 2021 in usd at 0
breakdown 2020
