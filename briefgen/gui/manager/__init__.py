"""The library manager: curators add, edit, review and import library entries in the app."""
