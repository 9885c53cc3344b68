"""cdktf page assembly: a Registry page with its HCL examples converted, and its cache-key."""
