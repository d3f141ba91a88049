"""Curated gazetteer files, shipped inside the package as ``geomap.curated``.

This folder holds data (TSV) and documentation only; the build recipe that reads it lives in
``geomap/gazetteer/recipe.py``.
"""
