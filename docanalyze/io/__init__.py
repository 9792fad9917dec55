"""Exports of a Document: JSON (models.Document.to_dict), tables (pandas, CSV, terminal), HTML."""
