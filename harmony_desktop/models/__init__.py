"""Qt item models over the engine's frozen DTOs (one generic table model, thin subclasses)."""
