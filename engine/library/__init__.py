"""File-level library operations: verify, tag, cover, lyrics, organise, scan and playlists."""
