"""Briefings (简报): articles, their figures and the reader's notes as Word, HTML or PDF.

``model`` builds the ``Briefing``; ``html`` and ``docx`` write it; ``formats`` names the writers
(PDF needs Qt, so the window's side registers it there: ``gui.briefing_pdf``).
"""
