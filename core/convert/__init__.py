"""Convert: Simplified/Traditional conversion with OpenCC, phrase tables, ambiguity marks and
offset maps between the original and the converted text."""
