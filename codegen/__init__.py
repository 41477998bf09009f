"""venuebind codegen: OpenAPI specs in spec/ to the bindings in generated/venuebind/."""
