# The indices the rules use, as recorded (with their sources) or set in this session.
cpi 2008
cpi 2020..2025
budget-growth 2022
budget-growth 2019..2024
set cpi 2026 = 2.4%
cpi 2026
