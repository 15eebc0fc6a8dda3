"""From library, brief and template to a renderer-neutral document, in the brief's language."""
