# Won and dollars, at the record's annual average or a rate you give (won per dollar).
contribution 2021 in usd
contribution 2025 in usd
contribution 2026 in usd at 1,400
contribution 1991
contribution 1991 in krw
contribution 1991 in krw at 715            # the rate the 1991 won figure implies
(project 2027 under agreement 12) in usd at 1,450
1조 in usd at 1,300
$1 billion in krw at 1,300
