"""A Jupyter kernel for sma, the language about Korea's cost sharing for U.S. Forces Korea.

A wrapper kernel on ipykernel (as bash_kernel is) that drives one `sma --serve` child through
the JSON-lines protocol of docs/serve.md."""

__version__ = "0.1.0"
