"""Small reusable widgets that know nothing of the engine."""
