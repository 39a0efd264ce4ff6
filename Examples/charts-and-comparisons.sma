# Bars in the terminal, and scenarios side by side.
chart contributions 1991..2026
chart project 2027..2030 under agreement 12 with cpi 2%
compare growth 3%, growth 5%, under agreement 12 with cpi 2% for 2027..2030
compare under agreement 12 with cpi 1%, under agreement 12 with cpi 3%, under agreement 12 with cpi 6% for 2027..2030
chart compare growth 3%, growth 5% for 2027..2030
