"""Orchestration: one build from input paths to written exports, in one process or several."""
