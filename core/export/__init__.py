"""Export: tables of records as CSV (UTF-8 with BOM) and XLSX (numbers as numbers)."""
