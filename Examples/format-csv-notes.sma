# sma: --format csv --notes
# CSV with --notes: each result's notes follow it as `# ` comment lines.
contribution 2021 in usd
project 2027..2028 under agreement 12 with cpi 2.1%
