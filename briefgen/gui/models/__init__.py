"""Qt item models adapting core objects (the library, the brief) for views."""
