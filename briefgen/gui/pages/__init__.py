"""The wizard's pages, one module each; the wizard lists them in order."""
