"""regdocs: Terraform provider documentation from YAML specs, with cdktf Python pages."""

__version__ = "0.1.0"
