"""Language resources: loading, validation and (next issue) phrase matching."""
