"""The batch layer: read, process and store many documents; skip and report what fails."""

from eventwire.batch.ingest import IngestReport, ingest

__all__ = ["IngestReport", "ingest"]
