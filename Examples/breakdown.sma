# What the money paid for: labour, construction, logistics, where the record has it.
breakdown 2018
breakdown 2019
breakdown 2015
breakdown 2013
breakdown 1999
breakdown 2021
help categories
