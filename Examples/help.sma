help
help contribution
help project
help money
help units
