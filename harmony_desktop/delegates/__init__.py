"""Item delegates: progress bars and navigation badges."""
