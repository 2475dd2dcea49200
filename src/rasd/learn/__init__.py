"""Training the deciders (needs the optional extra `train`: scikit-learn)."""
