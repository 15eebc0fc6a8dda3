"""The DOCX renderer: python-docx plus the WordprocessingML it has no API for."""
