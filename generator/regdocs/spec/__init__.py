"""The YAML spec: model, loading with positions, validation, defaults, writing."""
