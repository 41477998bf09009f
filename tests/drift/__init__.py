"""Tests of the doc-drift tool: the snapshot reader and its mutations."""
