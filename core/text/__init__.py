"""Character-level tools every stage shares: width and script folding (OpenCC), numerals,
offset maps between raw and cleaned text, word frequencies."""
