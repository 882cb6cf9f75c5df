"""Imports from other records systems: SimplePractice's complete export, client-list CSVs,
a folder of PDFs. Each plans first (a dry run), then applies one chart per transaction."""
