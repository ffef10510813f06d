"""Curated knowledge the project owns: countries, people in office, organisations, agents, patterns."""
