"""Input and display widgets the binders build: number and text fields, the
date field with its business-day calendar, result labels and banners."""
