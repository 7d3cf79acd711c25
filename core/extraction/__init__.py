"""Extract: every indicator figure of a document. ``grammar`` finds the quantities; ``indicators``
runs the clause model (``names``, ``lists``, ``kinds``, ``periods``) around each of them."""
