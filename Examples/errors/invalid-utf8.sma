contribution 2021 ÿþ
1 + 1
