"""The library as a dataset: region × indicator × period, one row per distinct figure, with its
sources and a flag where sources disagree.

- ``build``: ``Article`` in, ``DatasetRow``/``Source`` out (``build_dataset``, ``filter_rows``);
- ``places``: the region a record is about (its scope or name, else the article's);
- ``pivot``: one indicator as regions × periods;
- ``write``: CSV, XLSX or Parquet by extension.

Sits between ``core.cli`` and the stages: it reads ``core.ingest`` (the gazetteer), ``core.search``
(script folding for filters) and ``core.export`` (the CSV writer).
"""
