"""The HTTP API and the web map: ``create_app(store)`` builds the FastAPI application (needs the
``web`` extra); ``rasd serve`` runs it with uvicorn."""
