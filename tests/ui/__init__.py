"""Tests of the Qt window, driving the real widgets headless."""
