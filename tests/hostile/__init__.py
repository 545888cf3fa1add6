"""Hostile files and names, made by code rather than kept as blobs: each test here holds
one promise of the README's "Your data is safe"."""
