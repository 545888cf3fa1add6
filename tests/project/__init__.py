"""Tests of annotator.project: the facade, its session and its listings."""
