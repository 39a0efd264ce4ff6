help projct
help nothing-like-it
