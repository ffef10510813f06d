"""The spaCy side: loading the model once, eventwire components, language detection."""
