"""HTTP clients for slskd, Spotify, LRCLIB and cover art. They return typed DTOs only."""
