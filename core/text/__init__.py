"""Character-level tools every stage shares: width and script folding (OpenCC), numerals,
offset maps between raw and cleaned text, the word table and segmenter (jieba's dictionary as a
trie), and regexes compiled to skip positions where no match can start (``fastre``)."""
