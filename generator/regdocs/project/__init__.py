"""A project: its configuration, the generate/check pipeline over every spec, and how outputs are written."""
