"""Digest stage: the weekly digest for editors, from the store's timeline, as HTML email with charts."""
