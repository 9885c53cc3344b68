"""`regdocs preview`: every page as the Registry shows it, with its cdktf languages and its
problems, as a static site or served locally (`markdown.py` parses, `examples.py` pairs code
blocks across languages, `placement.py` places problems, `page.py` and `site.py` render,
`server.py` serves and rebuilds on edits)."""
