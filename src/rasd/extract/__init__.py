"""Event extraction: triggers → ACLED event frames → one event per place, day and actor pair.

``stage.extract_stage`` is the pipeline stage; the modules here each find one thing (actors,
places, fatalities, modality, numbers) and ``frames`` puts them together.
"""
