# Amounts in a year's money, and as a share of the defense budget.

# 2005's 6,804억 원 in 2025 won: carried through twenty years of Korean CPI growth.
contribution 2005 in 2025 won

# A dollar-era year is carried at its won equivalent.
contribution 1995 in 2025 won

# Back in time: 2025's amount in 2005 won.
contribution 2025 in 2005 won

# A table, each row from its own year (2026 waits for 2026's CPI).
contributions 2019..2026 in 2025 won

# ... which `set` can assume.
set cpi 2026 = 2%
contribution 2026 in 2026 won
contributions 2024..2026 in 2026 won
unset cpi 2026

# The defense budget and the contribution's share of it.
budget 1991
share 2026
contribution 2026 / budget 2026
share 2019..2026
share 1991..2026 | sort share desc | take 3
