"""The durable job queue (pgqueuer behind a port) and the worker runner."""
