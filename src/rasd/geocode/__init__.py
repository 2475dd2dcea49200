"""Toponyms → GeoNames places: the gazetteer and (later) ranking and resolution."""
