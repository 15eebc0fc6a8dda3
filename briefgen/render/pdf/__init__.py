"""The PDF renderer: briefgen's own line breaking and page layout drawn with reportlab."""
