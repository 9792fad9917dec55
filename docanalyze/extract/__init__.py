"""Extractors, one subpackage per record type.

Each exposes one function over the document text and its language segments and returns records with
offsets into that text, ordered by start: `dates.extract_dates`, `figures.extract_figures`,
`legal.extract_legal`, `measures.extract_measures`. Overlaps between types are settled in one place,
`docanalyze.extract.overlap`.
"""
