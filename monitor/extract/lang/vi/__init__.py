"""Vietnamese wording: numbers, dates, places, units and cues. Entries are in the matching view's form
(lower case, modern tone placement: "hóa", "thủy"), except place names, which keep their capitals."""
