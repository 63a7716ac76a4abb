"""Patterns and word lists, kept as data apart from the code that uses them."""
