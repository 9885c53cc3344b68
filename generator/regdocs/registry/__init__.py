"""Registry page rendering: spec to markdown through the Jinja templates, and where pages live."""
