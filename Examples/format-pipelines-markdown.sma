# sma: --format markdown
# Pipelines in markdown.
rounds 12 | where city == "Seoul" | select round, start, venue
sources | where key contains "MOFA" | select key, address
