"""One module per `regdocs` subcommand; each exposes `register(subparsers)`."""
