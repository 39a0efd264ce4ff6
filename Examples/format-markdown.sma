# sma: --format markdown
# Markdown: pipe tables, notes in italics, a blank line after each result.
contributions 2025..2026
compare growth 2%, growth 3% for 2027..2028
project 2028 under agreement 12 with cpi 6%
